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
    l10n_cn_gov_unit_type = fields.Selection(
        [
            ("administrative", "Administrative unit (行政单位)"),
            ("public_institution", "Public institution (事业单位)"),
        ],
        string="Government Unit Type",
        default="administrative",
        help="Administrative units remit the rent and disposal proceeds of state "
        "assets to the treasury (2103); public institutions book them as revenue.",
    )

    def _l10n_cn_gov_account(self, code):
        """The company's account of the government chart with this code."""
        self.ensure_one()
        return self.env["account.account"].with_company(self).search(
            [("code", "=", code), ("company_ids", "in", self.ids)], limit=1
        )
