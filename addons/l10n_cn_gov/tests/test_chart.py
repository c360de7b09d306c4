# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import GovChartCommon


class TestGovChart(GovChartCommon):
    def test_chart_loaded_on_fresh_company(self):
        """The loader installs the government chart in CNY on the new company."""
        self.assertEqual(self.company.chart_template, "cn_gov")
        self.assertEqual(self.company.currency_id, self.env.ref("base.CNY"))
        self.assertEqual(self.company.account_fiscal_country_id.code, "CN")
        self.assertEqual(self.company.fiscalyear_last_month, "12")
        self.assertEqual(self.company.fiscalyear_last_day, 31)

    def test_codes_and_types(self):
        """The accounts an accountant looks up by code exist with their type."""
        expected = {
            "1011": ("零余额账户用款额度", "asset_cash"),
            "1201": ("财政应返还额度", "asset_current"),
            "1601": ("固定资产", "asset_fixed"),
            "1602": ("固定资产累计折旧", "asset_fixed"),
            "2302": ("应付账款", "liability_payable"),
            "3301": ("本期盈余", "equity_unaffected"),
            "4001": ("财政拨款收入", "income"),
            "5001": ("业务活动费用", "expense"),
            "5101": ("单位管理费用", "expense"),
            "5301": ("资产处置费用", "expense"),
            "6001": ("财政拨款预算收入", "off_balance"),
            "7101": ("行政支出", "off_balance"),
            "7201": ("事业支出", "off_balance"),
            "8001": ("资金结存", "off_balance"),
            "8101": ("财政拨款结转", "off_balance"),
            "8102": ("财政拨款结余", "off_balance"),
        }
        chinese = self.env["res.lang"].search([("code", "=", "zh_CN")])
        for code, (name, account_type) in expected.items():
            account = self.account(code)
            self.assertEqual(len(account), 1, code)
            self.assertEqual(account.account_type, account_type, code)
            if chinese:
                self.assertEqual(account.with_context(lang="zh_CN").name, name, code)
        # 77 financial and 26 budget accounts of the 制度's list.
        accounts = self.env["account.account"].search(
            [("company_ids", "in", self.company.ids)]
        )
        codes = {a.code for a in accounts if len(a.code) == 4}
        self.assertEqual(len({c for c in codes if c[0] in "12345"}), 77)
        self.assertEqual(len({c for c in codes if c[0] in "678"}), 26)

    def test_defaults_and_journals(self):
        """Bills default to 5001/2302, the zero-balance and budget journals exist."""
        self.assertEqual(self.company.expense_account_id.code, "5001")
        self.assertEqual(
            self.vendor.with_company(self.company).property_account_payable_id.code,
            "2302",
        )
        zero = self.env["account.journal"].search(
            [("code", "=", "ZBA"), ("company_id", "=", self.company.id)]
        )
        self.assertEqual(zero.default_account_id.code, "1011")
        budget = self.company.l10n_cn_gov_budget_journal_id
        self.assertEqual(budget.type, "general")
        self.assertEqual(
            self.journal("purchase").l10n_cn_gov_fund_source, "fiscal_authorized"
        )
        rules = self.env["l10n_cn_gov.parallel.rule"].search(
            [("company_id", "=", self.company.id)]
        )
        self.assertTrue(rules, "the chart ships its parallel accounting rules")
        sale_taxes = self.env["account.tax"].search(
            [("company_id", "=", self.company.id), ("type_tax_use", "=", "sale")]
        )
        self.assertEqual(sorted(sale_taxes.mapped("amount")), [3.0, 5.0, 6.0, 9.0])
