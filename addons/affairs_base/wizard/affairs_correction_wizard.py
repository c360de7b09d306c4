# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsCorrectionWizard(models.TransientModel):
    """Ask for the correction of an approved document, with a reason."""

    _name = "affairs.correction.wizard"
    _inherit = "affairs.reject.wizard"
    _description = "Request a Correction"

    def action_request_correction(self):
        return self._affairs_records().action_request_correction(self.reason)
