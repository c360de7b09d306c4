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
            # Name the rule of the catalogue: a manager's exception refers to it.
            rule = self.env["affairs.exception.rule"]._get_by_code(rule_code)
            raise ValidationError(
                message
                + "\n"
                + self.env._(
                    "An Affairs Manager may record an exception with a reason "
                    "(rule: %(rule)s).",
                    rule=rule.name or rule_code,
                )
            )

    def action_affairs_grant_exception(self, rule_code, reason):
        """Record a manager's exception to ``rule_code`` on each record.

        ``rule_code`` is a rule of the catalogue (``affairs.exception.rule``).
        """
        return self.env["affairs.exception"].create(
            [
                {
                    "res_model": record._name,
                    "res_id": record.id,
                    "rule_code": rule_code,
                    "reason": reason,
                }
                for record in self
            ]
        )

    def action_affairs_open_grant_exception(self, rule_code=None):
        """Open the grant wizard for this document (managers).

        ``rule_code`` preselects a rule of the catalogue.
        """
        self.ensure_one()
        context = {"default_res_model": self._name, "default_res_id": self.id}
        rule = rule_code and self.env["affairs.exception.rule"]._get_by_code(rule_code)
        if rule:
            context["default_rule_id"] = rule.id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Grant an Exception"),
            "res_model": "affairs.exception.grant.wizard",
            "view_mode": "form",
            "target": "new",
            "context": context,
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
