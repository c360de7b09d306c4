# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsBudgetFund(models.Model):
    """A fund type (经费类型): administrative, public, reception, ..."""

    _name = "affairs.budget.fund"
    _description = "Budget Fund"
    _order = "sequence, code"
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True)
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    is_default = fields.Boolean(
        string="Default Fund",
        help="Documents that name no fund are committed against this fund.",
    )

    _code_uniq = models.Constraint("UNIQUE(code)", "The fund code must be unique.")

    def _compute_display_name(self):
        for fund in self:
            fund.display_name = f"[{fund.code}] {fund.name}"
