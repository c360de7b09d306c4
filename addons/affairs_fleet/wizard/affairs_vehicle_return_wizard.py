# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsVehicleReturnWizard(models.TransientModel):
    """Return log (回场登记): odometer, fuel, tolls."""

    _name = "affairs.vehicle.return.wizard"
    _description = "Record Vehicle Return"

    request_id = fields.Many2one(
        "affairs.vehicle.request", required=True, ondelete="cascade"
    )
    odometer_start = fields.Float(related="request_id.odometer_start")
    odometer_end = fields.Float(string="Odometer In", required=True)
    fuel_litres = fields.Float(string="Fuel Added (L)")
    toll_amount = fields.Float(string="Tolls / Parking")
    return_note = fields.Text(string="Notes")

    def action_confirm(self):
        self.ensure_one()
        self.request_id.write(
            {
                "fuel_litres": self.fuel_litres,
                "toll_amount": self.toll_amount,
                "return_note": self.return_note,
            }
        )
        self.request_id.action_return(self.odometer_end)
        return {"type": "ir.actions.act_window_close"}
