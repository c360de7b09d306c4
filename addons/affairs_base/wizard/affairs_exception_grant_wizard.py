# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

MANAGER_GROUP = "affairs_base.group_affairs_manager"


class AffairsExceptionGrantWizard(models.TransientModel):
    """A manager records an exception to one rule of a document, with a reason.

    The one grant wizard of the suite: every addon opens it through
    ``affairs.exception.mixin.action_affairs_open_grant_exception``.
    """

    _name = "affairs.exception.grant.wizard"
    _description = "Grant a Rule Exception"

    res_model = fields.Char(string="Document Model", required=True)
    res_id = fields.Many2oneReference(
        string="Document", model_field="res_model", required=True
    )
    rule_id = fields.Many2one(
        "affairs.exception.rule",
        string="Rule",
        required=True,
        domain="['|', ('res_model', '=', res_model), ('res_model', '=', False)]",
    )
    rule_description = fields.Text(related="rule_id.description")
    reason = fields.Text(required=True)

    @api.model
    def _check_manager(self):
        if not self.env.user.has_group(MANAGER_GROUP):
            raise AccessError(
                self.env._("Only an Affairs Manager can grant an exception to a rule.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_manager()
        return super().create(vals_list)

    def action_grant(self):
        """Record the exception (who, why, when) on the document."""
        self.ensure_one()
        self._check_manager()
        reason = (self.reason or "").strip()
        if not reason:
            raise UserError(self.env._("Give the reason of the exception."))
        record = self.env[self.res_model].browse(self.res_id).exists()
        if not record:
            raise UserError(self.env._("The document no longer exists."))
        if record._affairs_has_exception(self.rule_id.code):
            raise UserError(self.env._("This rule already has an exception here."))
        record.action_affairs_grant_exception(self.rule_id.code, reason)
        if hasattr(record, "message_post"):
            record.message_post(
                body=self.env._(
                    "Exception recorded: %(rule)s. Reason: %(reason)s",
                    rule=self.rule_id.name,
                    reason=reason,
                )
            )
        return {"type": "ir.actions.act_window_close"}
