# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)

DISPOSAL_TYPES = [
    ("free_transfer", "Free Transfer (无偿划转)"),
    ("sale", "Sale / Auction (转让)"),
    ("exchange", "Exchange (置换)"),
    ("donation", "Donation (对外捐赠)"),
    ("scrap", "Scrapping (报废)"),
    ("write_off", "Loss Write-off (报损)"),
]
# Types that hand the asset to somebody and the ones that bring money in.
PARTNER_TYPES = ("free_transfer", "sale", "exchange", "donation")
PROCEEDS_TYPES = ("sale", "exchange")


class AffairsAssetDisposal(models.Model):
    """Disposal (处置) of state-owned assets, approved by original value.

    The approval steps depend on the original value of the assets (tier
    definitions shipped as data). Proceeds of a sale or exchange are non-tax
    revenue and are booked as a customer invoice of the buyer.
    """

    _name = "affairs.asset.disposal"
    _description = "Asset Disposal"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.asset.disposal"
    _order = "id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "date_done",
        "invoice_id",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    disposal_type = fields.Selection(
        DISPOSAL_TYPES, required=True, default="scrap", tracking=True
    )
    asset_ids = fields.Many2many("affairs.asset", string="Assets", check_company=True)
    asset_count = fields.Integer(compute="_compute_book_value")
    original_value = fields.Monetary(
        compute="_compute_values",
        store=True,
        help="Sum of the assets' original values.",
    )
    book_value = fields.Monetary(string="Net Book Value", compute="_compute_book_value")
    partner_id = fields.Many2one(
        "res.partner",
        string="Counterparty",
        tracking=True,
        help="Buyer, receiving unit or donee.",
        check_company=True,
    )
    proceeds = fields.Monetary(string="Proceeds", tracking=True)
    appraisal_ref = fields.Char(string="Valuation Report (资产评估)")
    reason = fields.Text(required=True)
    requester_id = fields.Many2one(
        "hr.employee",
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    inventory_id = fields.Many2one(
        "affairs.asset.inventory", string="From Inventory", readonly=True, copy=False
    )
    invoice_id = fields.Many2one(
        "account.move",
        string="Proceeds Invoice",
        readonly=True,
        copy=False,
        check_company=True,
    )
    state = fields.Selection(
        approval_states(("done", "Disposed")),
        default="draft",
        required=True,
        tracking=True,
        group_expand="_affairs_group_expand_states",
        index=True,
        copy=False,
    )
    date_done = fields.Date(string="Disposed On", readonly=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _proceeds_positive = models.Constraint(
        "CHECK(proceeds IS NULL OR proceeds >= 0)", "Proceeds cannot be negative."
    )

    @api.depends("asset_ids.acquisition_value")
    def _compute_values(self):
        for disposal in self:
            disposal.original_value = sum(
                disposal.asset_ids.mapped("acquisition_value")
            )

    @api.depends("asset_ids")
    def _compute_book_value(self):
        for disposal in self:
            disposal.asset_count = len(disposal.asset_ids)
            disposal.book_value = sum(disposal.asset_ids.mapped("value_residual"))

    def _affairs_check_submit(self):
        self.ensure_one()
        self._affairs_check_assets()

    def _affairs_check_assets(self):
        self.ensure_one()
        if not self.asset_ids:
            raise UserError(self.env._("Select the assets to dispose of."))
        wrong = self.asset_ids.filtered(
            lambda asset: asset.state in ("disposed", "leased")
        )
        if wrong:
            raise UserError(
                self.env._(
                    "Disposed or leased assets cannot be disposed of: %s.",
                    ", ".join(wrong.mapped("card_number")),
                )
            )
        if self.disposal_type in PARTNER_TYPES and not self.partner_id:
            raise UserError(self.env._("Name the counterparty of the disposal."))
        if self.disposal_type in PROCEEDS_TYPES and not self.proceeds:
            raise UserError(self.env._("A sale or exchange needs its proceeds."))
        if self.disposal_type not in PROCEEDS_TYPES and self.proceeds:
            raise UserError(self.env._("Only a sale or an exchange has proceeds."))

    def action_done(self):
        """Remove the assets from the register and book the proceeds."""
        self._affairs_check_desk()
        for disposal in self:
            if disposal.state != "approved":
                raise UserError(
                    self.env._("Only an approved disposal can be carried out.")
                )
            disposal._affairs_check_assets()
        today = fields.Date.context_today(self)
        # sudo: the approved disposal closes cards of every agency concerned.
        self.asset_ids.sudo().write({"state": "disposed", "disposal_date": today})
        self.asset_ids._affairs_remove_account_assets(today)
        for disposal in self.filtered(lambda d: d.proceeds):
            disposal._affairs_transition_write(
                {"invoice_id": disposal._affairs_create_invoice().id}
            )
        self._affairs_transition_write({"state": "done", "date_done": today})
        return True

    def _affairs_create_invoice(self):
        self.ensure_one()
        Move = self.env["account.move"]
        vals = Move._affairs_prepare_move_vals(
            "out_invoice",
            self.partner_id,
            self.company_id,
            [
                Move._affairs_invoice_line_vals(
                    self.env._("Asset disposal proceeds %s", self.name),
                    self.proceeds,
                    self.asset_ids.agency_id[:1],
                )
            ],
            date=self.date_done,
            invoice_origin=self.name,
        )
        # sudo: the officer books the proceeds without accounting rights.
        return Move.sudo().create(vals)

    def action_view_invoice(self):
        """Open the proceeds invoice."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.invoice_id.id,
            "view_mode": "form",
        }
