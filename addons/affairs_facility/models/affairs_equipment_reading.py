# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsEquipmentReading(models.Model):
    """A reading of an equipment's counter (running hours or cycles).

    Counters only go up: the equipment's current value is its highest
    reading, and plans by meter compare it with their next threshold.
    """

    _name = "affairs.equipment.reading"
    _description = "Equipment Meter Reading"
    _order = "date desc, id desc"
    _check_company_auto = True

    equipment_id = fields.Many2one(
        "maintenance.equipment",
        required=True,
        index=True,
        ondelete="cascade",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    value = fields.Float(string="Counter", required=True)
    unit = fields.Selection(related="equipment_id.affairs_meter_unit")
    company_id = fields.Many2one(
        related="equipment_id.company_id", store=True, string="Company"
    )

    _value_positive = models.Constraint(
        "CHECK(value >= 0)", "A counter reading cannot be negative."
    )
