# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from ast import literal_eval

from odoo import fields, models


class AffairsRejectWizard(models.TransientModel):
    _name = "affairs.reject.wizard"
    _description = "Reject a Request"

    res_model = fields.Char(required=True)
    res_ids = fields.Char(required=True)
    reason = fields.Text(required=True)

    def action_reject(self):
        self.ensure_one()
        records = self.env[self.res_model].browse(literal_eval(self.res_ids))
        records.action_reject(self.reason)
        return {"type": "ir.actions.act_window_close"}
