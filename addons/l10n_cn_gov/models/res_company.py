# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    l10n_cn_gov_budget_journal_id = fields.Many2one(
        "account.journal",
        string="Budget Accounting Journal",
        check_company=True,
        domain="[('type', '=', 'general')]",
        help="Journal of the budget-accounting entries (预算会计) made in parallel "
        "with the fiscal-funded entries of the financial side.",
    )
