# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsExceptionRule(models.Model):
    """A rule of the suite a manager may override (例外规则目录).

    Each addon lists its rules as data: the code its checks name in a
    refusal, what the rule is and what an exception to it overrides. The
    grant wizard offers the rules of the document's model.
    """

    _name = "affairs.exception.rule"
    _description = "Overridable Rule"
    _order = "module, code"
    _rec_name = "name"

    code = fields.Char(required=True, index=True, readonly=True)
    name = fields.Char(string="Rule", required=True, translate=True)
    module = fields.Char(string="Addon", required=True, readonly=True)
    res_model = fields.Char(
        string="Document Model",
        readonly=True,
        help="Model of the documents the rule is checked on; empty for a rule "
        "checked on every kind of document (e.g. budget availability).",
    )
    description = fields.Text(
        string="What an Exception Overrides", translate=True, required=True
    )
    active = fields.Boolean(default=True)

    _code_uniq = models.Constraint(
        "UNIQUE(code)", "An overridable rule is listed once."
    )

    @api.model
    def _get_by_code(self, code):
        # sudo: the catalogue is reference data for whoever checks a rule.
        return (
            self.sudo()
            .with_context(active_test=False)
            .search([("code", "=", code)], limit=1)
        )
