# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Reception",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: the browser tour of budget control on receptions "
    "(a budget prepared and approved, an over-budget reception refused, "
    "then let through by a manager's exception)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: budgets and commitment control.
        "affairs_budget",
        # affairs_reception: receptions declare 30217 to the budget hook.
        "affairs_reception",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_budget_reception/static/tests/tours/affairs_budget_tour.js",
        ],
    },
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
