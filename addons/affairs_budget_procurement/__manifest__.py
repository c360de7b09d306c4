# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Procurement Plans",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: each item of an approved procurement plan commits the "
    "agency's budget line of its economic classification; the bills of its "
    "purchase orders consume it",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: commitment control behind affairs_base's budget hook.
        "affairs_budget",
        # affairs_procurement: plans, their items, projects and purchase orders.
        "affairs_procurement",
    ],
    "data": [
        "views/affairs_procurement_plan_views.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
