# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from ast import literal_eval

from odoo import fields, models
from odoo.exceptions import UserError


class AffairsRejectWizard(models.TransientModel):
    _name = "affairs.reject.wizard"
    _description = "Reject a Request"

    res_model = fields.Char(required=True)
    res_ids = fields.Char(required=True)
    reason = fields.Text(required=True)

    def action_reject(self):
        self._affairs_records().action_reject(self.reason)
        return {"type": "ir.actions.act_window_close"}

    def _affairs_records(self):
        """The documents the wizard was opened from (refused unless they are
        documents of the approval mechanism)."""
        self.ensure_one()
        approval_models = self.env.registry["affairs.approval.mixin"]._inherit_children
        try:
            ids = literal_eval(self.res_ids or "")
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            ids = None
        if (
            self.res_model not in approval_models
            or self.res_model not in self.env
            or not isinstance(ids, list)
            or not ids
            or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids)
        ):
            raise UserError(
                self.env._("Nothing to reject: open the wizard from a request.")
            )
        records = self.env[self.res_model].browse(ids).exists()
        if not records:
            raise UserError(
                self.env._("Nothing to reject: open the wizard from a request.")
            )
        return records
