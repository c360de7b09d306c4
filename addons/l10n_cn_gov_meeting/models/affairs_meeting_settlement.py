# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsMeetingSettlement(models.Model):
    _inherit = "affairs.meeting.settlement"

    def _l10n_cn_gov_recharge_account(self):
        """2103 应缴财政款 for an administrative unit, 4101 事业收入 otherwise."""
        company = self.company_id
        administrative = company.l10n_cn_gov_unit_type == "administrative"
        return company._l10n_cn_gov_account("2103" if administrative else "4101")

    def _prepare_invoice_vals(self):
        values = super()._prepare_invoice_vals()
        company = self.company_id
        if company.chart_template != "cn_gov":
            return values
        # Room fees, services and printing charged to the agencies: an
        # administrative unit remits them to the treasury (2103 应缴财政款, no
        # budget revenue, as the rent of state assets); a public institution
        # earns them from its service activity (4101 事业收入, budget revenue
        # 6101 事业预算收入 by the 4101 rule of the non-fiscal sales journal).
        account = self._l10n_cn_gov_recharge_account()
        if account:
            for command in values.get("invoice_line_ids", []):
                if command[0] == 0:
                    command[2]["account_id"] = account.id
        if company.l10n_cn_gov_unit_type == "administrative":
            values["l10n_cn_gov_fund_source"] = False
        return values
