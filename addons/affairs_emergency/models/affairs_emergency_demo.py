# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class AffairsEmergencyDemo(models.AbstractModel):
    """Demo workflows of the emergency plans, run by the demo data only."""

    _name = "affairs.emergency.demo"
    _description = "Emergency Plans Demo Loader"

    @api.model
    def _affairs_load_demo(self):
        """Filled in with the demo data step."""
