# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsVehicleLifecycleRule(models.Model):
    """Numbers of the vehicle lifecycle (renewal age and mileage, scrapping,
    licence warnings, trip thresholds), one row per code, editable per
    locality through a local standards book."""

    _name = "affairs.vehicle.lifecycle.rule"
    _inherit = ["affairs.standard.parameter.mixin"]
    _description = "Official Vehicle Lifecycle Rule"
    _order = "code"

    code = fields.Char(required=True, index=True)
    name = fields.Char(string="Rule", required=True, translate=True)
    value = fields.Float(required=True)
    unit = fields.Char(translate=True)
