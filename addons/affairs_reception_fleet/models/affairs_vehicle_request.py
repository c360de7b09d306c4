# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsVehicleRequest(models.Model):
    _inherit = "affairs.vehicle.request"

    reception_transport_id = fields.Many2one(
        "affairs.reception.transport",
        string="Reception Transport",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        copy=False,
    )
    reception_id = fields.Many2one(
        related="reception_transport_id.reception_id", store=True, string="Reception"
    )
