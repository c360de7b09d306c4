# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import AccessError

from odoo.addons.affairs_property.models.affairs_space_request import (
    OVER_STANDARD_RULE,
)


class AffairsPropertyExceptionWizard(models.TransientModel):
    """A manager accepts an over-standard office on a space request."""

    _name = "affairs.property.exception.wizard"
    _description = "Accept Over-standard Office"

    res_model = fields.Char(required=True)
    res_id = fields.Integer(required=True)
    reason = fields.Text(required=True)

    def action_confirm(self):
        """Record the exception (who, why, when) on the request."""
        self.ensure_one()
        if not self.env.user.has_group("affairs_base.group_affairs_manager"):
            raise AccessError(
                self.env._(
                    "Only an Affairs Manager may accept an over-standard office."
                )
            )
        record = self.env[self.res_model].browse(self.res_id)
        record.action_affairs_grant_exception(
            OVER_STANDARD_RULE,
            self.env._("Office area over standard"),
            self.reason,
        )
        return {"type": "ir.actions.act_window_close"}
