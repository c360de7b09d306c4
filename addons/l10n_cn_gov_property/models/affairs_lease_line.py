# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsLeaseLine(models.Model):
    _inherit = "affairs.lease.line"

    def _prepare_invoice_vals(self):
        values = super()._prepare_invoice_vals()
        company = self.lease_id.company_id
        if company.chart_template != "cn_gov":
            return values
        # Rent of state assets: remitted to the treasury by administrative units
        # (2103 应缴财政款, no budget revenue), revenue of public institutions
        # (4605 租金收入, budget revenue 6609 when received).
        administrative = company.l10n_cn_gov_unit_type == "administrative"
        account = company._l10n_cn_gov_account("2103" if administrative else "4605")
        if account:
            for command in values.get("invoice_line_ids", []):
                if command[0] == 0:
                    command[2]["account_id"] = account.id
        if administrative:
            values["l10n_cn_gov_fund_source"] = False
        return values
