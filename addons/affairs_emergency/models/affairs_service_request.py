# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsServiceRequest(models.Model):
    _inherit = "affairs.service.request"

    def action_affairs_report_emergency(self):
        """Open a new incident report from this service request."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "affairs.emergency.incident",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_service_request_id": self.id,
                "default_title": self.title,
                "default_location": self.location,
                "default_agency_id": self.agency_id.id,
            },
        }
