# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import ValidationError


class FleetVehicleOdometer(models.Model):
    _inherit = "fleet.vehicle.odometer"

    @api.constrains("value", "vehicle_id", "date")
    def _check_affairs_odometer_forward(self):
        """An odometer never goes backwards: no earlier reading is higher."""
        for odometer in self:
            higher = self.search_count(
                [
                    ("id", "!=", odometer.id),
                    ("vehicle_id", "=", odometer.vehicle_id.id),
                    ("date", "<=", odometer.date),
                    ("value", ">", odometer.value),
                ],
                limit=1,
            )
            if higher:
                raise ValidationError(
                    self.env._(
                        "The odometer of %(vehicle)s cannot go back to %(value).0f: "
                        "an earlier reading is higher.",
                        vehicle=odometer.vehicle_id.display_name,
                        value=odometer.value,
                    )
                )
