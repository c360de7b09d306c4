# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time

import pytz

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

    def _transport_day_window(self):
        """08:00-18:00 of the line's day in the user's timezone, in UTC."""
        self.ensure_one()
        tz = self.env.tz

        def utc(moment):
            local = tz.localize(datetime.combine(self.date, moment))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        return utc(time(8, 0)), utc(time(18, 0))

    def _prepare_vehicle_request_vals(self):
        """One request per vehicle of the line, for the day of the line
        (08:00-18:00 local time, within the delegation's stay)."""
        self.ensure_one()
        reception = self.reception_id
        day_start, day_end = self._transport_day_window()
        start = max(day_start, reception.date_arrival)
        end = min(day_end, reception.date_departure)
        if end <= start:
            start, end = day_start, day_end
        passengers = (
            -(-reception.guest_count // self.vehicle_count)
            if reception.guest_count
            else 1
        )
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
