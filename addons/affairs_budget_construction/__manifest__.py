# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Construction Payments",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: approved construction progress payments commit the "
    "agency's budget (31001/31006) and their posted bills consume it",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: commitment control behind affairs_base's budget hook.
        "affairs_budget",
        # affairs_construction: progress payments and their vendor bills.
        "affairs_construction",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
