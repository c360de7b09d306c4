# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_construction_project import MAX_AMOUNT, _rate


class AffairsConstructionChange(models.Model):
    """A change order or site instruction (工程变更 / 签证) on a contract.

    Approval steps are tier definitions whose domains read ``amount_ratio``
    (the change as a share of the contract amount): the thresholds are data.
    """

    _name = "affairs.construction.change"
    _inherit = ["affairs.approval.mixin"]
    _description = "Construction Change Order"
    _order = "id desc"
    _check_company_auto = True
    _affairs_sequence_code = "affairs.construction.change"
    # A change order may reduce the contract (a saving): its amount is signed.
    _affairs_signed_fields = ("amount",)

    name = fields.Char(string="Reference", default="/", readonly=True, copy=False)
    contract_id = fields.Many2one(
        "affairs.construction.contract",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('state', '=', 'active')]",
    )
    project_id = fields.Many2one(
        related="contract_id.project_id", store=True, index=True
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    currency_id = fields.Many2one(related="contract_id.currency_id")
    agency_id = fields.Many2one(related="contract_id.agency_id", store=True)
    change_type = fields.Selection(
        [("design", "Design Change"), ("site", "Site Instruction")],
        string="Type",
        required=True,
        default="design",
    )
    reason = fields.Text(required=True)
    amount = fields.Monetary(
        required=True, help="Increase of the contract amount (negative for a saving)."
    )
    amount_ratio = fields.Float(
        string="Share of Contract (%)",
        compute="_compute_amount_ratio",
        store=True,
    )
    cumulative_ratio = fields.Float(
        string="Cumulative Ratio with this Change (%)",
        compute="_compute_cumulative_ratio",
        digits=(16, 2),
    )
    is_over_limit = fields.Boolean(
        string="Over the Cumulative Limit", compute="_compute_cumulative_ratio"
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )

    @api.depends("amount", "contract_id.amount")
    def _compute_amount_ratio(self):
        for change in self:
            change.amount_ratio = _rate(abs(change.amount), change.contract_id.amount)

    @api.depends("amount", "state", "contract_id.change_amount")
    def _compute_cumulative_ratio(self):
        for change in self:
            contract = change.contract_id
            cumulative = contract.change_amount
            if change.state != "approved":
                cumulative += change.amount
            change.cumulative_ratio = _rate(cumulative, contract.amount)
            limit = contract.change_limit
            change.is_over_limit = bool(
                contract and limit and abs(change.cumulative_ratio) > limit
            )

    @api.constrains("amount")
    def _check_amount(self):
        for change in self:
            if not change.amount or abs(change.amount) > MAX_AMOUNT:
                raise ValidationError(
                    self.env._("A change order needs a non-zero, plausible amount.")
                )

    def _affairs_check_submit(self):
        if self.contract_id.state != "active":
            raise UserError(
                self.env._(
                    "Changes are recorded on contracts in force: %(name)s is not.",
                    name=self.contract_id.display_name,
                )
            )
        if self.contract_id.revised_amount + self.amount < 0:
            raise UserError(
                self.env._("The change would bring the contract below zero.")
            )
