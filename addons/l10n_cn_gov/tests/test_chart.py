# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from .common import GovChartCommon

# 政府会计制度——行政事业单位会计科目和报表 (财会〔2017〕25号), 第二部分 会计科目名称和编号:
# (code, name, Odoo account type). Codes and names checked against the 制度's text
# (see the README); types are the chart's choice, explained there.
OFFICIAL_ACCOUNTS = (
    ("1001", "库存现金", "asset_cash"),
    ("1002", "银行存款", "asset_cash"),
    ("1011", "零余额账户用款额度", "asset_cash"),
    ("1021", "其他货币资金", "asset_current"),
    ("1101", "短期投资", "asset_current"),
    ("1201", "财政应返还额度", "asset_current"),
    ("1211", "应收票据", "asset_receivable"),
    ("1212", "应收账款", "asset_receivable"),
    ("1214", "预付账款", "asset_prepayments"),
    ("1215", "应收股利", "asset_current"),
    ("1216", "应收利息", "asset_current"),
    ("1218", "其他应收款", "asset_current"),
    ("1219", "坏账准备", "asset_current"),
    ("1301", "在途物品", "asset_current"),
    ("1302", "库存物品", "asset_current"),
    ("1303", "加工物品", "asset_current"),
    ("1401", "待摊费用", "asset_prepayments"),
    ("1501", "长期股权投资", "asset_non_current"),
    ("1502", "长期债券投资", "asset_non_current"),
    ("1601", "固定资产", "asset_fixed"),
    ("1602", "固定资产累计折旧", "asset_fixed"),
    ("1611", "工程物资", "asset_non_current"),
    ("1613", "在建工程", "asset_non_current"),
    ("1701", "无形资产", "asset_non_current"),
    ("1702", "无形资产累计摊销", "asset_non_current"),
    ("1703", "研发支出", "asset_non_current"),
    ("1801", "公共基础设施", "asset_non_current"),
    ("1802", "公共基础设施累计折旧（摊销）", "asset_non_current"),
    ("1811", "政府储备物资", "asset_non_current"),
    ("1821", "文物文化资产", "asset_non_current"),
    ("1831", "保障性住房", "asset_non_current"),
    ("1832", "保障性住房累计折旧", "asset_non_current"),
    ("1891", "受托代理资产", "asset_current"),
    ("1901", "长期待摊费用", "asset_non_current"),
    ("1902", "待处理财产损溢", "asset_current"),
    ("2001", "短期借款", "liability_current"),
    ("2101", "应交增值税", "liability_current"),
    ("2102", "其他应交税费", "liability_current"),
    ("2103", "应缴财政款", "liability_current"),
    ("2201", "应付职工薪酬", "liability_current"),
    ("2301", "应付票据", "liability_current"),
    ("2302", "应付账款", "liability_payable"),
    ("2303", "应付政府补贴款", "liability_current"),
    ("2304", "应付利息", "liability_current"),
    ("2305", "预收账款", "liability_current"),
    ("2307", "其他应付款", "liability_current"),
    ("2401", "预提费用", "liability_current"),
    ("2501", "长期借款", "liability_non_current"),
    ("2502", "长期应付款", "liability_non_current"),
    ("2601", "预计负债", "liability_non_current"),
    ("2901", "受托代理负债", "liability_current"),
    ("3001", "累计盈余", "equity"),
    ("3101", "专用基金", "equity"),
    ("3201", "权益法调整", "equity"),
    ("3301", "本期盈余", "equity_unaffected"),
    ("3302", "本年盈余分配", "equity"),
    ("3401", "无偿调拨净资产", "equity"),
    ("3501", "以前年度盈余调整", "equity"),
    ("4001", "财政拨款收入", "income"),
    ("4101", "事业收入", "income"),
    ("4201", "上级补助收入", "income"),
    ("4301", "附属单位上缴收入", "income"),
    ("4401", "经营收入", "income"),
    ("4601", "非同级财政拨款收入", "income"),
    ("4602", "投资收益", "income_other"),
    ("4603", "捐赠收入", "income_other"),
    ("4604", "利息收入", "income_other"),
    ("4605", "租金收入", "income"),
    ("4609", "其他收入", "income_other"),
    ("5001", "业务活动费用", "expense"),
    ("5101", "单位管理费用", "expense"),
    ("5201", "经营费用", "expense"),
    ("5301", "资产处置费用", "expense"),
    ("5401", "上缴上级费用", "expense"),
    ("5501", "对附属单位补助费用", "expense"),
    ("5801", "所得税费用", "expense"),
    ("5901", "其他费用", "expense_other"),
    ("6001", "财政拨款预算收入", "off_balance"),
    ("6101", "事业预算收入", "off_balance"),
    ("6201", "上级补助预算收入", "off_balance"),
    ("6301", "附属单位上缴预算收入", "off_balance"),
    ("6401", "经营预算收入", "off_balance"),
    ("6501", "债务预算收入", "off_balance"),
    ("6601", "非同级财政拨款预算收入", "off_balance"),
    ("6602", "投资预算收益", "off_balance"),
    ("6609", "其他预算收入", "off_balance"),
    ("7101", "行政支出", "off_balance"),
    ("7201", "事业支出", "off_balance"),
    ("7301", "经营支出", "off_balance"),
    ("7401", "上缴上级支出", "off_balance"),
    ("7501", "对附属单位补助支出", "off_balance"),
    ("7601", "投资支出", "off_balance"),
    ("7701", "债务还本支出", "off_balance"),
    ("7901", "其他支出", "off_balance"),
    ("8001", "资金结存", "off_balance"),
    ("8101", "财政拨款结转", "off_balance"),
    ("8102", "财政拨款结余", "off_balance"),
    ("8201", "非财政拨款结转", "off_balance"),
    ("8202", "非财政拨款结余", "off_balance"),
    ("8301", "专用结余", "off_balance"),
    ("8401", "经营结余", "off_balance"),
    ("8501", "其他结余", "off_balance"),
    ("8701", "非财政拨款结余分配", "off_balance"),
)


class TestGovChart(GovChartCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The Chinese names come from the template's name@zh_CN column: load
        # them for this company whether or not zh_CN is installed in the database.
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["account.chart.template"]._load_translations(
            langs=["zh_CN"], companies=cls.company
        )

    def test_chart_loaded_on_fresh_company(self):
        """The loader installs the government chart in CNY on the new company."""
        self.assertEqual(self.company.chart_template, "cn_gov")
        self.assertEqual(self.company.currency_id, self.env.ref("base.CNY"))
        self.assertEqual(self.company.account_fiscal_country_id.code, "CN")
        self.assertEqual(self.company.fiscalyear_last_month, "12")
        self.assertEqual(self.company.fiscalyear_last_day, 31)

    def test_official_account_list(self):
        """Every first-level account of the 制度's list is there, with its code,
        Chinese and English name and type; and no other first-level account."""
        accounts = self.env["account.account"].search(
            [("company_ids", "in", self.company.ids)]
        )
        by_code = {account.code: account for account in accounts}
        for code, name, account_type in OFFICIAL_ACCOUNTS:
            with self.subTest(code=code):
                account = by_code.get(code)
                self.assertTrue(account, f"{code} {name} is missing")
                self.assertEqual(account.account_type, account_type)
                self.assertEqual(account.with_context(lang="zh_CN").name, name)
                english = account.with_context(lang="en_US").name
                self.assertTrue(english and english != name, "no English name")
        official = [code for code, _name, _type in OFFICIAL_ACCOUNTS]
        self.assertEqual(len(official), 103)
        self.assertEqual(len([c for c in official if c[0] in "12345"]), 77)
        self.assertEqual(len([c for c in official if c[0] in "678"]), 26)
        self.assertEqual(
            sorted(code for code in by_code if len(code) == 4), sorted(official)
        )
        # Only technical sub-accounts of 1002 银行存款 and 1021 其他货币资金 beyond it.
        extra = {code for code in by_code if len(code) != 4}
        self.assertTrue(all(code[:4] in ("1002", "1021") for code in extra), extra)

    def test_budget_accounts_stay_off_balance(self):
        """A budget account cannot share an entry with a financial account."""
        with self.assertRaises(UserError):
            self.make_entry([("5001", 100.0, 0.0), ("8001", 0.0, 100.0)])

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
