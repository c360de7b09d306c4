# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

VEHICLE_TYPES = [
    ("bus", "Coach (大客车)"),
    ("minibus", "Minibus (中巴)"),
    ("car", "Car (小轿车)"),
    ("other", "Other"),
]


class AffairsReceptionTransport(models.Model):
    """Group transport of the reception (集中乘车)."""

    _name = "affairs.reception.transport"
    _inherit = ["affairs.reception.line.mixin"]
    _description = "Reception Transport"
    _order = "reception_id, date, id"
    _planned_fields = (
        "date",
        "vehicle_type",
        "vehicle_count",
        "amount_planned",
        "reception_id",
    )

    date = fields.Date(required=True)
    description = fields.Char(string="Route")
    vehicle_type = fields.Selection(VEHICLE_TYPES, required=True, default="minibus")
    vehicle_count = fields.Integer(string="Vehicles", required=True, default=1)
    vendor_id = fields.Many2one("res.partner", string="Provider")
    amount_planned = fields.Monetary(string="Planned Amount")
    actual_amount = fields.Monetary(string="Actual Amount", copy=False)
    bill_id = fields.Many2one(
        "account.move", string="Vendor Bill", readonly=True, copy=False
    )

    _counts_positive = models.Constraint(
        "CHECK(vehicle_count > 0)", "At least one vehicle."
    )
    _costs_positive = models.Constraint(
        "CHECK(amount_planned >= 0 AND actual_amount >= 0)",
        "Transport costs cannot be negative.",
    )

    @api.depends("date", "description")
    def _compute_display_name(self):
        for transport in self:
            transport.display_name = (
                f"{transport.date or ''} {transport.description or ''}"
            )

    def _get_vendor(self):
        return self.vendor_id
