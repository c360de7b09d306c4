# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)


class AffairsAssetTransfer(models.Model):
    """Transfer (调拨/调剂) of assets between agencies or the public warehouse.

    * agency: from one agency to another;
    * to_warehouse: idle assets go back to the public warehouse (公物仓);
    * from_warehouse: idle assets of the warehouse are re-allocated.
    """

    _name = "affairs.asset.transfer"
    _description = "Asset Transfer"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.asset.transfer"
    _order = "id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "date_done",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    transfer_type = fields.Selection(
        [
            ("agency", "Between Agencies (调拨)"),
            ("to_warehouse", "To Public Warehouse (交回公物仓)"),
            ("from_warehouse", "From Public Warehouse (公物仓调剂)"),
        ],
        required=True,
        default="agency",
        tracking=True,
    )
    from_agency_id = fields.Many2one(
        "hr.department",
        string="From Agency",
        index=True,
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        check_company=True,
    )
    to_agency_id = fields.Many2one(
        "hr.department",
        string="To Agency",
        index=True,
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        check_company=True,
    )
    custodian_id = fields.Many2one(
        "hr.employee", string="New Custodian", check_company=True
    )
    room_id = fields.Many2one("affairs.room", string="New Location", check_company=True)
    asset_ids = fields.Many2many("affairs.asset", string="Assets", check_company=True)
    asset_count = fields.Integer(compute="_compute_asset_count")
    total_value = fields.Monetary(
        string="Original Value", compute="_compute_totals", store=True
    )
    requester_id = fields.Many2one(
        "hr.employee",
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    reason = fields.Text(required=True)
    state = fields.Selection(
        approval_states(("done", "Done")),
        default="draft",
        required=True,
        tracking=True,
        group_expand="_affairs_group_expand_states",
        index=True,
        copy=False,
    )
    date_done = fields.Date(string="Transferred On", readonly=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    @api.depends("asset_ids")
    def _compute_asset_count(self):
        for transfer in self:
            transfer.asset_count = len(transfer.asset_ids)

    @api.depends("asset_ids.acquisition_value")
    def _compute_totals(self):
        for transfer in self:
            transfer.total_value = sum(transfer.asset_ids.mapped("acquisition_value"))

    def _affairs_check_submit(self):
        self.ensure_one()
        self._affairs_check_assets()

    def _affairs_check_assets(self):
        self.ensure_one()
        if not self.asset_ids:
            raise UserError(self.env._("Select the assets to transfer."))
        if self.transfer_type == "from_warehouse":
            wrong = self.asset_ids.filtered(lambda asset: asset.state != "idle")
            if wrong:
                raise UserError(
                    self.env._(
                        "Only idle assets of the public warehouse can be re-allocated: "
                        "%s.",
                        ", ".join(wrong.mapped("card_number")),
                    )
                )
        else:
            wrong = self.asset_ids.filtered(
                lambda asset: (
                    asset.state != "in_use" or asset.agency_id != self.from_agency_id
                )
            )
            if wrong:
                raise UserError(
                    self.env._(
                        "These assets are not in use at %(agency)s: %(cards)s.",
                        agency=self.from_agency_id.name or "-",
                        cards=", ".join(wrong.mapped("card_number")),
                    )
                )
        if self.transfer_type != "to_warehouse" and not self.to_agency_id:
            raise UserError(self.env._("Choose the receiving agency."))
        if self.transfer_type == "agency" and self.to_agency_id == self.from_agency_id:
            raise UserError(self.env._("An agency cannot transfer assets to itself."))

    def action_done(self):
        """Hand the assets over: new agency, custodian and location."""
        self._affairs_check_desk()
        for transfer in self:
            if transfer.state != "approved":
                raise UserError(
                    self.env._("Only an approved transfer can be carried out.")
                )
            transfer._affairs_check_assets()
            # sudo: the receiving agency takes assets the approver may not edit.
            transfer.asset_ids.sudo().write(transfer._prepare_asset_vals())
        self._affairs_transition_write(
            {"state": "done", "date_done": fields.Date.context_today(self)}
        )
        return True

    def _prepare_asset_vals(self):
        self.ensure_one()
        if self.transfer_type == "to_warehouse":
            return {
                "state": "idle",
                "agency_id": False,
                "custodian_id": False,
                "room_id": self.room_id.id,
            }
        return {
            "state": "in_use",
            "agency_id": self.to_agency_id.id,
            "custodian_id": self.custodian_id.id,
            "room_id": self.room_id.id,
        }
