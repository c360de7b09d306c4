# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from .affairs_budget import STATES
from .affairs_budget_line import AMOUNT_MAX

ADJUSTMENT_TYPES = [
    ("increase", "Increase (追加)"),
    ("decrease", "Decrease (调减)"),
    ("transfer", "Transfer (调剂)"),
]


class AffairsBudgetAdjustment(models.Model):
    """A request to change an approved budget line (追加/调减/调剂).

    Approved through the suite's flow; the line's budget is the initial
    amount plus its approved adjustments, so the history stays on file.
    """

    _name = "affairs.budget.adjustment"
    _description = "Budget Adjustment"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.budget.adjustment"
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    adjustment_type = fields.Selection(
        ADJUSTMENT_TYPES,
        string="Type",
        required=True,
        default="increase",
        tracking=True,
    )
    line_id = fields.Many2one(
        "affairs.budget.line",
        string="Budget Line",
        required=True,
        index=True,
        domain="[('state', '=', 'approved')]",
        check_company=True,
        tracking=True,
    )
    line_to_id = fields.Many2one(
        "affairs.budget.line",
        string="Transfer To",
        index=True,
        domain="[('state', '=', 'approved'), ('agency_id', '=', agency_id), "
        "('id', '!=', line_id)]",
        check_company=True,
        tracking=True,
    )
    agency_id = fields.Many2one(related="line_id.agency_id", store=True)
    year = fields.Integer(related="line_id.year", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount = fields.Monetary(required=True, tracking=True)
    reason = fields.Text(required=True)
    state = fields.Selection(
        STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )

    @api.constrains("amount", "adjustment_type", "line_id", "line_to_id")
    def _check_amount(self):
        for adjustment in self:
            if adjustment.amount <= 0 or adjustment.amount > AMOUNT_MAX:
                raise ValidationError(
                    self.env._("An adjustment needs a positive, plausible amount.")
                )
            if adjustment.adjustment_type == "transfer" and not adjustment.line_to_id:
                raise ValidationError(self.env._("Choose the line to transfer to."))
            if adjustment.line_to_id and (
                adjustment.line_to_id == adjustment.line_id
                or adjustment.line_to_id.agency_id != adjustment.agency_id
            ):
                raise ValidationError(
                    self.env._("A transfer goes to another line of the same agency.")
                )

    def _affairs_sign(self):
        self.ensure_one()
        return 1 if self.adjustment_type == "increase" else -1

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.line_id.state != "approved":
            raise UserError(self.env._("Only an approved budget can be adjusted."))

    def _affairs_on_approved(self):
        # The state is already approved, so the line's budget includes this
        # adjustment: a decrease or transfer may not leave it below what is
        # committed and spent. Checked under the line lock.
        for adjustment in self:
            # sudo: the approving leader need not hold rights on the budget lines, which
            # are locked and re-checked here.
            source = adjustment.line_id.sudo()
            (source | adjustment.line_to_id.sudo())._affairs_lock()
            if adjustment.adjustment_type == "increase":
                continue
            self.env.flush_all()
            source.invalidate_recordset(["amount", "available_amount"])
            if (
                float_compare(
                    source.available_amount,
                    0.0,
                    precision_rounding=adjustment.currency_id.rounding,
                )
                < 0
            ):
                raise UserError(
                    self.env._(
                        "%(line)s has only %(available)s available: it cannot "
                        "give up %(amount)s.",
                        line=source.display_name,
                        available=adjustment.currency_id.format(
                            source.available_amount + adjustment.amount
                        ),
                        amount=adjustment.currency_id.format(adjustment.amount),
                    )
                )
