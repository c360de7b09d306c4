# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError


class AffairsException(models.Model):
    """A manager's recorded override of one rule on one record.

    Every addon checks its rules through ``affairs.exception.mixin`` and lets
    the check pass only when such a record exists: who asked, why, who
    approved and when stay on file and are printed on the reports.
    """

    _name = "affairs.exception"
    _description = "Rule Exception"
    _inherit = ["mail.thread"]
    _order = "approved_date desc, id desc"

    res_model = fields.Char(string="Document Model", required=True, index=True)
    res_id = fields.Many2oneReference(
        string="Document", model_field="res_model", required=True, index=True
    )
    rule_code = fields.Char(
        string="Rule Code",
        required=True,
        index=True,
        help="Code of the rule in the catalogue of overridable rules.",
    )
    rule_id = fields.Many2one(
        "affairs.exception.rule",
        string="Rule",
        compute="_compute_rule_id",
        store=True,
        index=True,
    )
    name = fields.Char(
        string="Rule Overridden",
        compute="_compute_name",
        store=True,
        readonly=False,
        translate=False,
    )
    reason = fields.Text(required=True, tracking=True)
    requested_by_id = fields.Many2one(
        "res.users", string="Requested By", default=lambda self: self.env.user
    )
    approved_by_id = fields.Many2one(
        "res.users",
        string="Approved By",
        readonly=True,
        default=lambda self: self.env.user,
    )
    approved_date = fields.Datetime(
        string="Approved On", readonly=True, default=fields.Datetime.now
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    document_name = fields.Char(compute="_compute_document_name")
    # The model's name in the user's language, not "affairs.space.request".
    res_model_name = fields.Char(
        string="Document Type", compute="_compute_res_model_name"
    )

    _document_rule_uniq = models.Constraint(
        "UNIQUE(res_model, res_id, rule_code)",
        "This rule already has an exception on this document.",
    )

    @api.depends("res_model")
    def _compute_res_model_name(self):
        IrModel = self.env["ir.model"]
        for exception in self:
            exception.res_model_name = (
                IrModel._get(exception.res_model).name or exception.res_model
                if exception.res_model
                else False
            )

    @api.depends("rule_code")
    def _compute_rule_id(self):
        Rule = self.env["affairs.exception.rule"]
        for exception in self:
            exception.rule_id = Rule._get_by_code(exception.rule_code)

    # Apart from rule_id: a name given on create must not keep the rule from
    # being looked up (fields of one compute method are protected together).
    @api.depends("rule_id")
    def _compute_name(self):
        # The copy is made in the language of whoever grants the exception.
        localized = self._affairs_in_user_lang()
        for exception, local in zip(self, localized, strict=True):
            exception.name = local.rule_id.name or exception.name or exception.rule_code

    @api.depends("rule_id.name", "name")
    def _compute_display_name(self):
        # The stored name is a copy made in the language of whoever created
        # the exception; the rule's own name follows the reader's language.
        for exception in self:
            exception.display_name = exception.rule_id.name or exception.name

    @api.constrains("rule_code", "res_model")
    def _check_rule_code(self):
        for exception in self:
            rule = exception.rule_id
            if not rule:
                raise ValidationError(
                    self.env._(
                        "%(code)s is not a rule of the catalogue of overridable rules.",
                        code=exception.rule_code,
                    )
                )
            if rule.res_model and rule.res_model != exception.res_model:
                raise ValidationError(
                    self.env._(
                        "The rule %(rule)s is not checked on this kind of document.",
                        rule=rule.name,
                    )
                )

    @api.depends("res_model", "res_id")
    def _compute_document_name(self):
        for exception in self:
            record = exception._get_document()
            exception.document_name = record.display_name if record else False

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.user.has_group("affairs_base.group_affairs_manager"):
            raise AccessError(
                self.env._("Only an Affairs Manager can grant an exception to a rule.")
            )
        for vals in vals_list:
            # The approver is always the manager recording the exception.
            vals["approved_by_id"] = self.env.uid
            vals["approved_date"] = fields.Datetime.now()
        return super().create(vals_list)

    def _get_document(self):
        self.ensure_one()
        if self.res_model not in self.env:
            return None
        return self.env[self.res_model].browse(self.res_id).exists()

    def action_open_document(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "views": [(False, "form")],
        }
