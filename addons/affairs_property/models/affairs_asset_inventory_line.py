# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsAssetInventoryLine(models.Model):
    """An expected asset, or an item found without a card, in a count."""

    _name = "affairs.asset.inventory.line"
    _description = "Asset Inventory Line"
    _check_company_auto = True
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "inventory_id"
    _order = "inventory_id, id"

    inventory_id = fields.Many2one(
        "affairs.asset.inventory", required=True, index=True, ondelete="cascade"
    )
    asset_id = fields.Many2one("affairs.asset", index=True, check_company=True)
    name = fields.Char(compute="_compute_from_asset", store=True, readonly=False)
    category_id = fields.Many2one(
        "affairs.asset.category",
        string="Asset Class",
        compute="_compute_from_asset",
        store=True,
        readonly=False,
    )
    unit_value = fields.Monetary(
        compute="_compute_from_asset", store=True, readonly=False
    )
    expected_qty = fields.Integer(string="Book Qty", readonly=True)
    counted_qty = fields.Integer(string="Counted Qty")
    difference = fields.Integer(compute="_compute_result", store=True)
    result = fields.Selection(
        [
            ("match", "Match"),
            ("surplus", "Surplus (盘盈)"),
            ("shortage", "Shortage (盘亏)"),
        ],
        compute="_compute_result",
        store=True,
    )
    new_asset_id = fields.Many2one(
        "affairs.asset", string="Surplus Card", readonly=True
    )
    note = fields.Char()
    company_id = fields.Many2one(related="inventory_id.company_id", store=True)
    currency_id = fields.Many2one(related="inventory_id.currency_id")

    @api.depends("asset_id")
    def _compute_from_asset(self):
        for line in self.filtered("asset_id"):
            line.name = line.asset_id.name
            line.category_id = line.asset_id.category_id
            line.unit_value = line.asset_id.acquisition_value / (
                line.asset_id.quantity or 1
            )

    @api.depends("expected_qty", "counted_qty")
    def _compute_result(self):
        for line in self:
            line.difference = line.counted_qty - line.expected_qty
            if line.difference > 0:
                line.result = "surplus"
            elif line.difference < 0:
                line.result = "shortage"
            else:
                line.result = "match"

    @api.constrains("counted_qty", "asset_id", "name", "category_id")
    def _check_line(self):
        for line in self:
            if line.counted_qty < 0:
                raise ValidationError(
                    self.env._("A counted quantity cannot be negative.")
                )
            if not line.asset_id and not (line.name and line.category_id):
                raise ValidationError(
                    self.env._("An item found without a card needs a name and a class.")
                )

    def _prepare_surplus_asset_vals(self):
        self.ensure_one()
        inventory = self.inventory_id
        agency = inventory.agency_id or self.asset_id.agency_id
        return {
            "name": self.name,
            "state": "in_use" if agency else "idle",
            "category_id": self.category_id.id,
            "quantity": self.difference,
            "agency_id": agency.id,
            "room_id": inventory.room_id.id or self.asset_id.room_id.id,
            "acquisition_date": inventory.date,
            "acquisition_value": self.unit_value * self.difference,
            "acquisition_method": "surplus",
            "funding_source": "other",
            "company_id": inventory.company_id.id,
            "note": self.env._("Surplus found by inventory %s.", inventory.name),
        }
