# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Vehicle Costs",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: the tests of budget control on vehicle costs (30231 "
    "公务用车运行维护费: committed when billed, actual when the bill is posted, "
    "refused beyond the line unless excepted); installed by itself with both "
    "addons",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: commitment control behind affairs_base's budget hook.
        "affairs_budget",
        # affairs_fleet: vehicle services declare 30231 to the hook themselves.
        "affairs_fleet",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
