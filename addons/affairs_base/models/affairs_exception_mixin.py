# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsExceptionMixin(models.AbstractModel):
    """Records whose rules a manager may override with an exception."""

    _name = "affairs.exception.mixin"
    _description = "Rule Exception Mixin"

    affairs_exception_ids = fields.One2many(
        "affairs.exception",
        "res_id",
        string="Rule Exceptions",
        domain=lambda self: [("res_model", "=", self._name)],
        bypass_search_access=True,
    )
    affairs_exception_count = fields.Integer(
        string="Exceptions", compute="_compute_affairs_exception_count"
    )

    @api.depends("affairs_exception_ids")
    def _compute_affairs_exception_count(self):
        for record in self:
            record.affairs_exception_count = len(record.affairs_exception_ids)

    def _affairs_has_exception(self, rule_code):
        """True when a manager recorded an exception to ``rule_code`` here."""
        self.ensure_one()
        # sudo: the check must see the exception whoever edits the record.
        return bool(
            self.sudo().affairs_exception_ids.filtered(
                lambda exception: exception.rule_code == rule_code
            )
        )

    def _affairs_check_rule(self, rule_code, violated, message):
        """Raise ``message`` when the rule is ``violated`` without exception."""
        self.ensure_one()
        if violated and not self._affairs_has_exception(rule_code):
            raise ValidationError(
                message
                + "\n"
                + self.env._(
                    "An Affairs Manager may record an exception with a reason "
                    "(rule %(rule)s).",
                    rule=rule_code,
                )
            )

    def action_affairs_grant_exception(self, rule_code, rule_name, reason):
        """Record a manager's exception to ``rule_code`` on each record."""
        return self.env["affairs.exception"].create(
            [
                {
                    "res_model": record._name,
                    "res_id": record.id,
                    "rule_code": rule_code,
                    "name": rule_name,
                    "reason": reason,
                }
                for record in self
            ]
        )

    def action_affairs_open_grant_exception(self):
        """Open the exception form for this document (managers)."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Grant an Exception"),
            "res_model": "affairs.exception",
            "view_mode": "form",
            "target": "new",
            "context": {"default_res_model": self._name, "default_res_id": self.id},
        }

    def action_view_affairs_exceptions(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Rule Exceptions"),
            "res_model": "affairs.exception",
            "view_mode": "list,form",
            "domain": [("res_model", "=", self._name), ("res_id", "=", self.id)],
            "context": {"default_res_model": self._name, "default_res_id": self.id},
        }

    @api.ondelete(at_uninstall=True)
    def _unlink_affairs_exceptions(self):
        # sudo: exceptions are the manager's; they go with their document.
        self.sudo().affairs_exception_ids.unlink()
