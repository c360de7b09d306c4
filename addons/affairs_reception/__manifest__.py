# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Official Reception",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 210,
    "summary": "Official domestic reception (国内公务接待): letters, approval, "
    "standards, reception list and settlement",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_base: agencies, ranks, standards book, exceptions, approvals,
        #   Chinese capitals, PDF layout and Excel ledger base.
        "affairs_base",
        # account: vendor bills of hotels, restaurants and transport with the
        #   host agency's analytic account.
        "account",
        # hr: hosts and accompanying staff are hr.employee.
        "hr",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/affairs_exception_rule_data.xml",
        "data/ir_sequence_data.xml",
        "data/affairs_reception_rule_data.xml",
        "data/affairs_reception_cost_standard_data.xml",
        "data/tier_definition_data.xml",
        "views/affairs_reception_views.xml",
        "views/affairs_reception_guest_views.xml",
        "views/affairs_reception_meal_views.xml",
        "views/affairs_reception_lodging_views.xml",
        "views/affairs_reception_activity_views.xml",
        "views/affairs_reception_transport_views.xml",
        "views/affairs_reception_rule_views.xml",
        "views/affairs_reception_cost_standard_views.xml",
        "views/res_partner_views.xml",
        "views/affairs_reception_menus.xml",
        "report/affairs_reception_reports.xml",
        "report/affairs_reception_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_reception_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_reception/static/tests/tours/**/*",
        ],
    },
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
