# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsAssetDisposal(models.Model):
    _inherit = "affairs.asset.disposal"

    def _affairs_create_invoice(self):
        invoice = super()._affairs_create_invoice()
        company = self.company_id
        if company.chart_template == "cn_gov":
            # Disposal proceeds of state assets are remitted to the treasury
            # (应缴财政款) by administrative units; public institutions book them
            # as other revenue. Neither is budget revenue when invoiced.
            code = (
                "2103" if company.l10n_cn_gov_unit_type == "administrative" else "4609"
            )
            account = company._l10n_cn_gov_account(code)
            # sudo: like the invoice itself, written for the disposal officer.
            invoice = invoice.sudo()
            if account:
                invoice.invoice_line_ids.account_id = account
            invoice.l10n_cn_gov_fund_source = (
                False if code == "2103" else invoice.l10n_cn_gov_fund_source
            )
        return invoice
