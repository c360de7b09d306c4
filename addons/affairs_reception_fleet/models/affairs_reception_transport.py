# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time

from odoo import api, fields, models


class AffairsReceptionTransport(models.Model):
    _inherit = "affairs.reception.transport"

    vehicle_request_ids = fields.One2many(
        "affairs.vehicle.request", "reception_transport_id", string="Vehicle Requests"
    )
    vehicle_request_count = fields.Integer(compute="_compute_vehicle_request_count")

    @api.depends("vehicle_request_ids")
    def _compute_vehicle_request_count(self):
        for transport in self:
            transport.vehicle_request_count = len(transport.vehicle_request_ids)

    def _prepare_vehicle_request_vals(self):
        """One request per vehicle of the line, for the day of the line
        (08:00-18:00, within the delegation's stay)."""
        self.ensure_one()
        reception = self.reception_id
        start = max(datetime.combine(self.date, time(8, 0)), reception.date_arrival)
        end = min(datetime.combine(self.date, time(18, 0)), reception.date_departure)
        if end <= start:
            start, end = datetime.combine(self.date, time(8, 0)), datetime.combine(self.date, time(18, 0))
        passengers = -(-reception.guest_count // self.vehicle_count) if reception.guest_count else 1
        requester = reception.host_employee_id or reception.requester_id
        return [
            {
                "requester_id": requester.id,
                "agency_id": reception.host_agency_id.id,
                "purpose": self.env._(
                    "Reception %(reception)s: %(route)s",
                    reception=reception.name,
                    route=self.description or reception.purpose,
                ),
                "destination": self.description or reception.purpose,
                "date_start": start,
                "date_end": end,
                "passenger_count": passengers,
                "passenger_names": ", ".join(reception.guest_ids.mapped("name"))[:250],
                "reception_transport_id": self.id,
                "company_id": reception.company_id.id,
            }
            for _index in range(self.vehicle_count)
        ]
