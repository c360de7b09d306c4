# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

MONTHS = [(str(month), str(month)) for month in range(1, 13)]


class AffairsBudgetLineMonth(models.Model):
    """The monthly plan of a budget line (分月用款计划) and its execution.

    The plan is part of the budget: it is written while the budget is a
    draft and frozen with it. Committed and actual amounts are read per
    month from the line's open commitments and posted journal items.
    """

    _name = "affairs.budget.line.month"
    _description = "Budget Line Monthly Plan"
    _order = "line_id, month_number"

    line_id = fields.Many2one(
        "affairs.budget.line", required=True, index=True, ondelete="cascade"
    )
    budget_id = fields.Many2one(related="line_id.budget_id", store=True)
    agency_id = fields.Many2one(related="line_id.agency_id", store=True)
    year = fields.Integer(related="line_id.year", store=True)
    company_id = fields.Many2one(related="line_id.company_id", store=True)
    currency_id = fields.Many2one(related="line_id.currency_id")
    state = fields.Selection(related="line_id.state", string="Status")
    month = fields.Selection(MONTHS, required=True)
    month_number = fields.Integer(compute="_compute_month_number", store=True)
    planned_amount = fields.Monetary(string="Planned")
    committed_amount = fields.Monetary(string="Committed", compute="_compute_execution")
    actual_amount = fields.Monetary(string="Actual", compute="_compute_execution")
    use_rate = fields.Float(
        string="Execution Rate (%)", compute="_compute_execution", digits=(5, 1)
    )

    _month_uniq = models.Constraint(
        "UNIQUE(line_id, month)", "A budget line has one plan per month."
    )
    _planned_positive = models.Constraint(
        "CHECK(planned_amount >= 0)", "A monthly plan cannot be negative."
    )

    @api.depends("month")
    def _compute_month_number(self):
        for plan in self:
            plan.month_number = int(plan.month or 0)

    @api.depends("line_id", "month", "planned_amount")
    def _compute_execution(self):
        lines = self.line_id
        committed = lines._affairs_committed_by_month()
        actual = lines._affairs_actual_by_month()
        for plan in self:
            key = (plan.line_id.id, int(plan.month or 0))
            plan.committed_amount = committed.get(key, 0.0)
            plan.actual_amount = actual.get(key, 0.0)
            used = plan.committed_amount + plan.actual_amount
            plan.use_rate = (
                100.0 * used / plan.planned_amount if plan.planned_amount else 0.0
            )

    def _compute_display_name(self):
        for plan in self:
            plan.display_name = "%s %s-%02d" % (
                plan.line_id.display_name or "",
                plan.year,
                int(plan.month or 0),
            )

    @api.model_create_multi
    def create(self, vals_list):
        plans = super().create(vals_list)
        plans._affairs_check_draft()
        plans.line_id._affairs_check_monthly_plan()
        return plans

    def write(self, vals):
        self._affairs_check_draft()
        res = super().write(vals)
        self.line_id._affairs_check_monthly_plan()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        self._affairs_check_draft()

    def _affairs_check_draft(self):
        if any(plan.line_id.state not in ("draft", False) for plan in self):
            raise UserError(
                self.env._(
                    "The monthly plan is frozen with its budget once the budget "
                    "is submitted."
                )
            )
