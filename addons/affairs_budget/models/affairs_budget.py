# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import approval_states

STATES = approval_states()

# Years a budget may be drawn up for: a plausible window.
YEAR_MIN, YEAR_MAX = 2000, 2100


class AffairsBudget(models.Model):
    """An agency's yearly budget (部门预算): lines per fund × classification.

    Officers prepare it, managers approve it through the suite's approval
    flow. Once approved its lines change only through adjustments.
    """

    _name = "affairs.budget"
    _description = "Agency Budget"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.budget"
    _order = "year desc, agency_id"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        tracking=True,
        domain="[('is_affairs_agency', '=', True)]",
        check_company=True,
    )
    year = fields.Integer(
        required=True,
        default=lambda self: fields.Date.context_today(self).year,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    line_ids = fields.One2many("affairs.budget.line", "budget_id", string="Lines")
    amount_total = fields.Monetary(
        string="Budget", compute="_compute_amount_total", store=True
    )
    note = fields.Text()
    state = fields.Selection(
        STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )

    @api.depends("line_ids.amount")
    def _compute_amount_total(self):
        for budget in self:
            budget.amount_total = sum(budget.line_ids.mapped("amount"))

    @api.constrains("year")
    def _check_year(self):
        for budget in self:
            if not YEAR_MIN <= budget.year <= YEAR_MAX:
                raise ValidationError(
                    self.env._(
                        "The budget year %(year)s is outside %(min)s–%(max)s.",
                        year=budget.year,
                        min=YEAR_MIN,
                        max=YEAR_MAX,
                    )
                )

    def _compute_display_name(self):
        for budget in self:
            budget.display_name = self.env._(
                "%(agency)s budget %(year)s",
                agency=budget.agency_id.name or "",
                year=budget.year,
            )

    def _affairs_check_submit(self):
        self.ensure_one()
        if not self.line_ids:
            raise UserError(self.env._("Add the lines of %s first.", self.display_name))

    def _affairs_on_approved(self):
        # Posted bills of the year that found no line yet are attributed now.
        self.env["account.move.line"]._affairs_budget_assign_unassigned(
            self.agency_id, self.mapped("year")
        )

    def action_cancel(self):
        """Cancel the budget; not once documents are committed against it."""
        if any(self.line_ids.mapped("committed_amount")):
            raise UserError(
                self.env._(
                    "Documents are committed against this budget: adjust it "
                    "instead of cancelling it."
                )
            )
        return super().action_cancel()
