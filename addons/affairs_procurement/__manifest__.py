# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Government Procurement",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Government procurement (政府采购): plans and intentions, methods "
    "checked against thresholds, statutory periods, expert evaluation, award, "
    "contract, acceptance and savings",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_base: agencies, standards book (rule tables), approvals
    #   (tier validation), rule exceptions, Excel ledger and PDF layout.
    # purchase: the award becomes a purchase order of the agency, with the
    #   agency's analytic account; vendors are res.partner.
    # purchase_requisition: a framework-agreement award becomes a blanket
    #   order (框架协议) whose call-offs are ordinary purchase orders. Its
    #   "call for tenders" is not used: a government tender needs statutory
    #   periods, SME deductions, expert panels and scoring it does not have,
    #   so bids are affairs.procurement.bid. OCA purchase_request is not
    #   used: it is not installed, and the plan line (with its intention
    #   notice) is the government's purchase request.
    "depends": ["affairs_base", "purchase", "purchase_requisition"],
    "data": [
        "security/affairs_procurement_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/affairs_exception_rule_data.xml",
        "data/ir_sequence_data.xml",
        "data/product_data.xml",
        "data/affairs_procurement_threshold_data.xml",
        "data/affairs_procurement_method_rule_data.xml",
        "data/affairs_procurement_deadline_data.xml",
        "data/tier_definition_data.xml",
        "views/affairs_procurement_menus.xml",
        "views/affairs_procurement_plan_views.xml",
        "views/affairs_procurement_plan_line_views.xml",
        "views/affairs_procurement_project_views.xml",
        "views/affairs_procurement_bid_views.xml",
        "views/affairs_procurement_expert_views.xml",
        "views/affairs_procurement_expert_draw_views.xml",
        "views/affairs_procurement_score_views.xml",
        "views/affairs_procurement_challenge_views.xml",
        "views/affairs_designated_supplier_views.xml",
        "views/affairs_procurement_rule_views.xml",
        "views/purchase_order_views.xml",
        "report/affairs_procurement_report_templates.xml",
        "report/affairs_procurement_stats_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_procurement_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_procurement/static/tests/tours/**/*",
        ],
    },
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
