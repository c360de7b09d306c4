# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Construction Projects",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 230,
    "summary": "Government construction projects (基建工程): approvals, reviews, "
    "contracts, progress payments, change orders, acceptance and final accounts",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_base: agencies, standards book, approval mixin, Excel/PDF
        #   helpers, groups and the app menu.
        "affairs_base",
        # account (+ analytic): the project's analytic account and the vendor
        #   bills of progress payments.
        "account",
    ],
    "data": [
        "security/affairs_construction_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_sequence_data.xml",
        "data/affairs_construction_rule_data.xml",
        "data/tier_definition_data.xml",
        "views/affairs_construction_project_views.xml",
        "views/affairs_construction_review_views.xml",
        "views/affairs_construction_contract_views.xml",
        "views/affairs_construction_progress_views.xml",
        "views/affairs_construction_change_views.xml",
        "views/affairs_construction_payment_views.xml",
        "views/affairs_construction_rule_views.xml",
        "views/affairs_construction_menus.xml",
        "report/affairs_construction_reports.xml",
        "report/affairs_construction_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_construction_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_construction/static/tests/tours/**/*",
        ],
    },
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
