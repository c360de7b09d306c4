# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    l10n_cn_gov_source_line_id = fields.Many2one(
        "account.move.line",
        string="Financial Line",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        help="Financial-accounting line this budget-accounting line was made for.",
    )
    l10n_cn_gov_economic_code = fields.Char(
        string="Economic Classification Code",
        readonly=True,
        copy=False,
        help="Economic classification of expenditure of the budget line.",
    )
