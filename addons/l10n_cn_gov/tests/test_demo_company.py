# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoCompany(TransactionCase):
    def test_demo_company_is_a_chinese_bureau(self):
        """With demo data the main company keeps the government chart in CNY."""
        module = self.env["ir.module.module"].search([("name", "=", "l10n_cn_gov")])
        if not module.demo:
            return  # without demo data the main company is left as installed
        company = self.env.ref("base.main_company")
        self.assertEqual(company.name, "临江市机关事务管理局")
        self.assertEqual(company.chart_template, "cn_gov")
        self.assertEqual(company.currency_id.name, "CNY")
        self.assertIn("¥", company.currency_id.format(1234.5))
        self.assertEqual(len(company.vat), 18)
        zero = self.env["account.journal"].search(
            [("code", "=", "ZBA"), ("company_id", "=", company.id)]
        )
        self.assertEqual(zero.default_account_id.code, "1011")
        self.assertEqual(
            zero.bank_account_id, self.env.ref("l10n_cn_gov.demo_bank_account_zba")
        )
