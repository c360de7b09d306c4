# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class AffairsReceptionExceptionWizard(models.TransientModel):
    """A manager records an exception to one reception rule, with a reason."""

    _name = "affairs.reception.exception.wizard"
    _description = "Record a Reception Rule Exception"

    reception_id = fields.Many2one("affairs.reception", required=True)
    rule_code = fields.Selection(
        selection="_selection_rule_code", string="Rule", required=True
    )
    reason = fields.Text(required=True)

    @api.model
    def _selection_rule_code(self):
        return list(self.env["affairs.reception"]._get_rule_names().items())

    def action_grant(self):
        self.ensure_one()
        if not self.env.user.has_group("affairs_base.group_affairs_manager"):
            raise AccessError(
                self.env._("Only an Affairs Manager can grant an exception to a rule.")
            )
        if not (self.reason or "").strip():
            raise UserError(self.env._("Give the reason of the exception."))
        if self.reception_id._affairs_has_exception(self.rule_code):
            raise UserError(self.env._("This rule already has an exception here."))
        names = self.env["affairs.reception"]._get_rule_names()
        self.reception_id.action_affairs_grant_exception(
            self.rule_code, names[self.rule_code], self.reason.strip()
        )
        self.reception_id.message_post(
            body=self.env._(
                "Exception recorded: %(rule)s. Reason: %(reason)s",
                rule=names[self.rule_code],
                reason=self.reason.strip(),
            )
        )
        return {"type": "ir.actions.act_window_close"}
