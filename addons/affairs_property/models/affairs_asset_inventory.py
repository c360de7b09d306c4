# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)


class AffairsAssetInventory(models.Model):
    """An inventory count (资产清查/盘点) of an agency or a location.

    Generating the count lists the expected assets; counted quantities give
    surplus (盘盈) and shortage (盘亏) lines. Once the result is approved,
    surpluses become new asset cards and shortages a loss write-off (报损)
    disposal that goes through its own approval.
    """

    _name = "affairs.asset.inventory"
    _description = "Asset Inventory Count"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.asset.inventory"
    _order = "date desc, id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "disposal_id",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        index=True,
        domain=[("is_affairs_agency", "=", True)],
        check_company=True,
    )
    building_id = fields.Many2one("affairs.building", check_company=True)
    room_id = fields.Many2one("affairs.room", string="Room", check_company=True)
    requester_id = fields.Many2one(
        "hr.employee",
        string="Count Leader",
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    line_ids = fields.One2many(
        "affairs.asset.inventory.line", "inventory_id", string="Lines"
    )
    state = fields.Selection(
        approval_states(("done", "Adjusted"), draft="Counting"),
        default="draft",
        required=True,
        tracking=True,
        group_expand="_affairs_group_expand_states",
        index=True,
        copy=False,
    )
    surplus_count = fields.Integer(compute="_compute_results")
    shortage_count = fields.Integer(compute="_compute_results")
    surplus_value = fields.Monetary(compute="_compute_results")
    shortage_value = fields.Monetary(compute="_compute_results")
    new_asset_ids = fields.One2many(
        "affairs.asset.inventory.line",
        "inventory_id",
        domain=[("new_asset_id", "!=", False)],
        string="Surplus Cards",
        readonly=True,
    )
    disposal_id = fields.Many2one(
        "affairs.asset.disposal", string="Loss Write-off", readonly=True, copy=False
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    @api.depends("line_ids.result", "line_ids.difference", "line_ids.unit_value")
    def _compute_results(self):
        for inventory in self:
            surplus = inventory.line_ids.filtered(lambda line: line.result == "surplus")
            shortage = inventory.line_ids.filtered(
                lambda line: line.result == "shortage"
            )
            inventory.surplus_count = sum(surplus.mapped("difference"))
            inventory.shortage_count = -sum(shortage.mapped("difference"))
            inventory.surplus_value = sum(
                line.difference * line.unit_value for line in surplus
            )
            inventory.shortage_value = -sum(
                line.difference * line.unit_value for line in shortage
            )

    def _affairs_scope_domain(self):
        self.ensure_one()
        domain = [
            ("state", "in", ("in_use", "idle", "leased")),
            ("company_id", "=", self.company_id.id),
        ]
        if self.agency_id:
            domain.append(("agency_id", "=", self.agency_id.id))
        if self.building_id:
            domain.append(("building_id", "=", self.building_id.id))
        if self.room_id:
            domain.append(("room_id", "=", self.room_id.id))
        return domain

    def action_generate_lines(self):
        """List the assets expected in the scope of the count."""
        for inventory in self:
            if inventory.state != "draft":
                raise UserError(self.env._("Lines are generated while counting."))
            if not (inventory.agency_id or inventory.building_id or inventory.room_id):
                raise UserError(self.env._("Choose an agency or a location to count."))
            inventory.line_ids.filtered("asset_id").unlink()
            assets = self.env["affairs.asset"].search(inventory._affairs_scope_domain())
            self.env["affairs.asset.inventory.line"].create(
                [
                    {
                        "inventory_id": inventory.id,
                        "asset_id": asset.id,
                        "expected_qty": asset.quantity,
                        "counted_qty": 0,
                    }
                    for asset in assets
                ]
            )
        return True

    def _affairs_check_submit(self):
        self.ensure_one()
        if not self.line_ids:
            raise UserError(self.env._("Generate the count lines first."))

    def _affairs_on_approved(self):
        self._affairs_apply_adjustments()

    def _affairs_apply_adjustments(self):
        """Surplus -> new cards; shortage -> a loss write-off disposal."""
        # sudo: the approved count adjusts the register on the bureau's behalf.
        for inventory in self.sudo():
            for line in inventory.line_ids.filtered(lambda l: l.result == "surplus"):
                line.new_asset_id = self.env["affairs.asset"].create(
                    line._prepare_surplus_asset_vals()
                )
            shortage = inventory.line_ids.filtered(lambda l: l.result == "shortage")
            if shortage.asset_id:
                inventory.disposal_id = self.env["affairs.asset.disposal"].create(
                    {
                        "disposal_type": "write_off",
                        "asset_ids": [fields.Command.set(shortage.asset_id.ids)],
                        "reason": self.env._(
                            "Inventory shortage found by %s.", inventory.name
                        ),
                        "inventory_id": inventory.id,
                        "company_id": inventory.company_id.id,
                    }
                )
        self._affairs_transition_write({"state": "done"})
