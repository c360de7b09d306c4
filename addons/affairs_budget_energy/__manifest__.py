# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Energy Retrofits",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: an approved energy retrofit project (节能技改) commits its "
    "investment on the agency's 30213/31006 line, cancelling releases it; "
    "installed by itself with both addons, so that neither depends on the other",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: commitment control behind affairs_base's budget hook.
        "affairs_budget",
        # affairs_energy: the retrofit project library and its approval.
        "affairs_energy",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
