# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import _, api, models

from odoo.addons.account.models.chart_template import template

# The accounts (data/template/account.account-cn_gov.csv) are the 103 first-level
# accounts of 政府会计制度——行政事业单位会计科目和报表 (财会〔2017〕25号), 第二部分
# "会计科目名称和编号": 77 财务会计科目 (1001-5901) and 26 预算会计科目 (6001-8701),
# codes and Chinese names as printed there. Checked against the full-text
# reproduction of the 制度 in github.com/zhaoyh603/zhaoyh603.github.io,
# docs/zd/zfkj/zd-0.md (commit a541d818bdd178cccc900d88e56f110e9857ef0d): its
# table and its 第三部分 headings give the same 103 code/name pairs. The same
# list is in tests/test_chart.py (OFFICIAL_ACCOUNTS). What is not verified: see
# the README ("What was verified, and what could not be").
# Budget accounts (6xxx/7xxx/8xxx) are off_balance: Odoo keeps them out of
# the balance sheet and the P&L, and refuses to mix them with financial lines
# in one entry, which is the 制度's 财务会计/预算会计 separation.


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template("cn_gov")
    def _get_cn_gov_template_data(self):
        return {
            "name": _("Government Accounting System (财会〔2017〕25号)"),
            "code_digits": 4,
            "sequence": 50,
            "property_account_receivable_id": "cn_gov_1212",
            "property_account_payable_id": "cn_gov_2302",
            "property_account_expense_categ_id": "cn_gov_5001",
            "property_account_income_categ_id": "cn_gov_4609",
        }

    @template("cn_gov", "res.company")
    def _get_cn_gov_res_company(self):
        return {
            self.env.company.id: {
                "account_fiscal_country_id": "base.cn",
                "currency_id": "base.CNY",
                # Government units keep calendar-year books (预算年度 = 公历年度).
                "fiscalyear_last_month": "12",
                "fiscalyear_last_day": 31,
                "bank_account_code_prefix": "1002",
                "cash_account_code_prefix": "1001",
                "transfer_account_code_prefix": "1021",
                "account_journal_suspense_account_id": "cn_gov_100201",
                "transfer_account_id": "cn_gov_102101",
                "income_currency_exchange_account_id": "cn_gov_4609",
                "expense_currency_exchange_account_id": "cn_gov_5901",
                "default_cash_difference_income_account_id": "cn_gov_4609",
                "default_cash_difference_expense_account_id": "cn_gov_5901",
                "account_journal_early_pay_discount_gain_account_id": "cn_gov_4609",
                "account_journal_early_pay_discount_loss_account_id": "cn_gov_5901",
                "deferred_expense_account_id": "cn_gov_1401",
                "deferred_revenue_account_id": "cn_gov_2305",
                "expense_account_id": "cn_gov_5001",
                "income_account_id": "cn_gov_4609",
                # Input VAT is not deductible for agencies (it is part of the cost)
                # and output VAT depends on the lease: no default tax.
                "account_sale_tax_id": False,
                "account_purchase_tax_id": False,
                "tax_calculation_rounding_method": "round_per_line",
                "l10n_cn_gov_budget_journal_id": "cn_gov_budget",
            },
        }

    @template("cn_gov", "account.journal")
    def _get_cn_gov_account_journal(self):
        return {
            "purchase": {"l10n_cn_gov_fund_source": "fiscal_authorized"},
            "sale": {"l10n_cn_gov_fund_source": "own"},
            "bank": {"default_account_id": "cn_gov_1002"},
            "cash": {
                "name": _("Cash"),
                "type": "cash",
                "code": "CSH1",
                "default_account_id": "cn_gov_1001",
            },
            "cn_gov_zero_balance": {
                "name": _("Zero-Balance Account"),
                "type": "bank",
                "code": "ZBA",
                "default_account_id": "cn_gov_1011",
                "show_on_dashboard": True,
                "sequence": 8,
            },
            "cn_gov_budget": {
                "name": _("Budget Accounting"),
                "type": "general",
                "code": "BUD",
                "show_on_dashboard": False,
                "sequence": 10,
            },
        }

    @template("cn_gov", "l10n_cn_gov.parallel.rule")
    def _get_cn_gov_parallel_rule(self):
        return self._parse_csv("cn_gov", "l10n_cn_gov.parallel.rule", "l10n_cn_gov")

    def _create_outstanding_accounts(self, company, bank_prefix, code_digits):
        # Sub-accounts of 1002 (100202, 100203) rather than new first-level codes,
        # which the 制度 reserves.
        if company.chart_template == "cn_gov":
            code_digits = 6
        return super()._create_outstanding_accounts(company, bank_prefix, code_digits)

    def _post_load_data(self, template_code, company, template_data):
        result = super()._post_load_data(template_code, company, template_data)
        if template_code == "cn_gov":
            self._l10n_cn_gov_link_demo_banks(company)
        return result

    def _l10n_cn_gov_link_demo_banks(self, company):
        """Demo: the bureau's zero-balance and basic accounts on their journals."""
        for xmlid, journal_xmlid in (
            ("l10n_cn_gov.demo_bank_account_zba", "cn_gov_zero_balance"),
            ("l10n_cn_gov.demo_bank_account_basic", "bank"),
        ):
            bank = self.env.ref(xmlid, raise_if_not_found=False)
            journal = self.ref(journal_xmlid, raise_if_not_found=False)
            if bank and journal and bank.partner_id == company.partner_id:
                journal.bank_account_id = bank

    @api.model
    def _install_demo(self, companies):
        if self.env.context.get("l10n_cn_gov_skip_account_demo"):
            return None
        return super()._install_demo(companies)
