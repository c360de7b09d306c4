# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 240,
    "summary": "Funds, agency budgets, commitment control (预算控制), execution, "
    "outbound travel and the 三公经费 statement",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # Why not OCA account_budget_oca (19.0 on PyPI, read for this choice):
    # its crossovered.budget.lines knows no agency, fund or economic
    # classification, has no commitment ledger, computes the actual amount
    # with one query per line (so the 200-agency statement would grow with
    # the count) and approves with its own confirm/validate states instead
    # of the suite's tier approvals. What the suite needs is a small ledger
    # (line, commitment, posted journal items) fed by the base's budget hook;
    # mis_builder_budget would add a reporting engine for a fixed table.
    "depends": [
        # affairs_base: agencies (with analytic accounts), approval mixin and
        #   its budget hook, exceptions, PDF layout and Excel ledger base.
        "affairs_base",
        # account: vendor bills turn commitments into actual spending.
        "account",
        # hr: outbound groups are hr.employee.
        "hr",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/affairs_budget_classification_data.xml",
        "data/ir_sequence_data.xml",
        "data/tier_definition_data.xml",
        "data/affairs_exception_rule_data.xml",
        "wizard/affairs_sangong_statement_views.xml",
        "views/affairs_budget_fund_views.xml",
        "views/affairs_budget_classification_views.xml",
        "views/affairs_budget_views.xml",
        "views/affairs_budget_line_views.xml",
        "views/affairs_budget_adjustment_views.xml",
        "views/affairs_outbound_trip_views.xml",
        "views/affairs_budget_execution_report_views.xml",
        "views/affairs_budget_final_views.xml",
        "views/account_move_views.xml",
        "views/res_config_settings_views.xml",
        "views/affairs_budget_menus.xml",
        "report/affairs_sangong_statement_report.xml",
        "report/affairs_budget_final_report.xml",
    ],
    "demo": [
        "demo/affairs_budget_demo.xml",
    ],
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
