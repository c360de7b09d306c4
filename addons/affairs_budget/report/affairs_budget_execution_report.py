# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

SOURCES = [
    ("budget", "Budget"),
    ("plan", "Monthly Plan"),
    ("commitment", "Commitment"),
    ("actual", "Journal Item"),
]


class AffairsBudgetExecutionReport(models.Model):
    """Budget execution (预算执行): budget, committed and actual by month.

    One row per budget line (dated 1 January), month of its monthly plan
    (dated the 1st of the month), open commitment and posted journal item,
    so that the pivot sums them per agency, fund, classification and month
    and every figure opens on its documents.
    """

    _name = "affairs.budget.execution.report"
    _description = "Budget Execution"
    _auto = False
    _order = "date desc"

    source = fields.Selection(SOURCES, readonly=True)
    line_id = fields.Many2one(
        "affairs.budget.line", string="Budget Line", readonly=True
    )
    agency_id = fields.Many2one("hr.department", string="Agency", readonly=True)
    fund_id = fields.Many2one("affairs.budget.fund", string="Fund", readonly=True)
    classification_id = fields.Many2one(
        "affairs.budget.classification", string="Classification", readonly=True
    )
    company_id = fields.Many2one("res.company", readonly=True)
    is_income = fields.Boolean(string="Income", readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    year = fields.Integer(readonly=True, aggregator=None)
    date = fields.Date(readonly=True)
    commitment_id = fields.Many2one(
        "affairs.budget.commitment", string="Commitment", readonly=True
    )
    move_line_id = fields.Many2one(
        "account.move.line", string="Journal Item", readonly=True
    )
    document = fields.Char(readonly=True)
    budget_amount = fields.Monetary(string="Budget", readonly=True)
    planned_amount = fields.Monetary(string="Monthly Plan", readonly=True)
    committed_amount = fields.Monetary(string="Committed", readonly=True)
    actual_amount = fields.Monetary(string="Actual", readonly=True)

    @property
    def _table_query(self):
        return """
            SELECT l.id * 4 AS id, 'budget' AS source, l.id AS line_id,
                   l.agency_id, l.fund_id, l.classification_id, l.company_id, l.is_income,
                   l.year, make_date(l.year, 1, 1) AS date,
                   NULL::integer AS commitment_id, NULL::integer AS move_line_id,
                   NULL::varchar AS document,
                   l.amount AS budget_amount, 0.0 AS planned_amount,
                   0.0 AS committed_amount, 0.0 AS actual_amount
              FROM affairs_budget_line l
             WHERE l.state = 'approved'
            UNION ALL
            SELECT m.id * 4 + 3, 'plan', m.line_id, l.agency_id, l.fund_id,
                   l.classification_id, l.company_id, l.is_income, l.year,
                   make_date(l.year, m.month_number, 1), NULL, NULL, NULL,
                   0.0, m.planned_amount, 0.0, 0.0
              FROM affairs_budget_line_month m
              JOIN affairs_budget_line l ON l.id = m.line_id
             WHERE l.state = 'approved'
            UNION ALL
            SELECT c.id * 4 + 1, 'commitment', c.line_id, l.agency_id, l.fund_id,
                   l.classification_id, l.company_id, l.is_income, l.year, c.date, c.id, NULL,
                   c.document_name, 0.0, 0.0, c.open_amount, 0.0
              FROM affairs_budget_commitment c
              JOIN affairs_budget_line l ON l.id = c.line_id
             WHERE c.state = 'open'
            UNION ALL
            SELECT aml.id * 4 + 2, 'actual', aml.affairs_budget_line_id,
                   l.agency_id, l.fund_id, l.classification_id, l.company_id, l.is_income,
                   l.year, aml.date, aml.affairs_budget_commitment_id, aml.id,
                   aml.move_name, 0.0, 0.0, 0.0,
                   CASE WHEN l.is_income THEN -aml.balance ELSE aml.balance END
              FROM account_move_line aml
              JOIN affairs_budget_line l ON l.id = aml.affairs_budget_line_id
             WHERE aml.parent_state = 'posted'
        """

    def action_open_source(self):
        """Open the document or journal item behind the row."""
        self.ensure_one()
        if self.move_line_id:
            return {
                "type": "ir.actions.act_window",
                "res_model": "account.move",
                "res_id": self.move_line_id.move_id.id,
                "views": [(False, "form")],
            }
        if self.commitment_id:
            return self.commitment_id.action_open_document()
        return {
            "type": "ir.actions.act_window",
            "res_model": "affairs.budget",
            "res_id": self.line_id.budget_id.id,
            "views": [(False, "form")],
        }
