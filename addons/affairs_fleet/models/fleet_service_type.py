# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

COST_TYPES = [
    ("fuel", "Fuel"),
    ("maintenance", "Maintenance"),
    ("insurance", "Insurance"),
    ("toll", "Tolls / Parking"),
    ("other", "Other"),
]
# Cost types bought from designated providers (定点加油/维修/保险).
DESIGNATED_TYPES = ("fuel", "maintenance", "insurance")


class FleetServiceType(models.Model):
    _inherit = "fleet.service.type"

    affairs_cost_type = fields.Selection(
        COST_TYPES,
        string="Cost Type",
        default="other",
        help="Single-vehicle cost accounting (单车核算) bucket of this service.",
    )
