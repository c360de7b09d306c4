# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class AffairsLeaseLine(models.Model):
    _inherit = "affairs.lease.line"

    def _l10n_cn_gov_rent_account(self):
        """2103 应缴财政款 for an administrative unit, 4605 租金收入 otherwise."""
        company = self.lease_id.company_id
        administrative = company.l10n_cn_gov_unit_type == "administrative"
        return company._l10n_cn_gov_account("2103" if administrative else "4605")

    def _prepare_invoice_vals(self):
        values = super()._prepare_invoice_vals()
        company = self.lease_id.company_id
        if company.chart_template != "cn_gov":
            return values
        # Rent of state assets: remitted to the treasury by administrative units
        # (2103 应缴财政款, no budget revenue), revenue of public institutions
        # (4605 租金收入, budget revenue 6609 when received).
        administrative = company.l10n_cn_gov_unit_type == "administrative"
        account = self._l10n_cn_gov_rent_account()
        if account:
            for command in values.get("invoice_line_ids", []):
                if command[0] == 0:
                    command[2]["account_id"] = account.id
        if administrative:
            values["l10n_cn_gov_fund_source"] = False
        return values

    @api.model
    def _l10n_cn_gov_demo_rebook(self):
        """Demo: move the rent invoices that affairs_property's demo posted
        before this bridge was installed (on the default income account) to
        the chart's rent account, with the budget side that goes with it."""
        lines = self.search(
            [
                ("invoice_id.state", "=", "posted"),
                ("company_id.chart_template", "=", "cn_gov"),
            ]
        )
        for line in lines:
            account = line._l10n_cn_gov_rent_account()
            invoice = line.invoice_id
            items = invoice.invoice_line_ids.filtered(
                lambda item: item.display_type == "product"
            )
            if not account or items.account_id == account:
                continue
            # Back to draft reverses the 6609 budget entry of the old booking.
            invoice.button_draft()
            items.account_id = account
            if account.code == "2103":
                invoice.l10n_cn_gov_fund_source = False
            invoice.action_post()
