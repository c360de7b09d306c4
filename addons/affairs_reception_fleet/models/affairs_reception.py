# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsReception(models.Model):
    _inherit = "affairs.reception"

    vehicle_request_ids = fields.One2many(
        "affairs.vehicle.request", "reception_id", string="Vehicle Requests"
    )
    vehicle_request_count = fields.Integer(compute="_compute_vehicle_request_count")

    @api.depends("vehicle_request_ids")
    def _compute_vehicle_request_count(self):
        for reception in self:
            reception.vehicle_request_count = len(reception.vehicle_request_ids)

    def action_request_vehicles(self):
        """Create and submit the vehicle requests of the transport lines
        that have none yet (an approved plan only)."""
        for reception in self:
            if reception.state not in ("approved", "in_progress"):
                raise UserError(
                    self.env._(
                        "Vehicles are requested once the reception %(name)s is approved.",
                        name=reception.name,
                    )
                )
        lines = self.transport_ids.filtered(lambda line: not line.vehicle_request_ids)
        if not lines:
            raise UserError(
                self.env._("Every transport line already has its vehicle requests.")
            )
        vals_list = [
            vals for line in lines for vals in line._prepare_vehicle_request_vals()
        ]
        requests = self.env["affairs.vehicle.request"].create(vals_list)
        requests.action_submit()
        return self.action_view_vehicle_requests()

    def action_view_vehicle_requests(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Vehicle Requests"),
            "res_model": "affairs.vehicle.request",
            "view_mode": "list,form,calendar",
            "domain": [("reception_id", "=", self.id)],
            "context": {"create": False},
        }
