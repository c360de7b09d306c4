# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import ValidationError

from odoo.addons.affairs_property.tests.common import PropertyCommon


class TestGovPropertyAccounting(PropertyCommon):
    """affairs_property on a company keeping the government chart."""

    @classmethod
    def _ensure_chart_of_accounts(cls):
        company = cls.env["res.company"].create(
            {
                "name": "市机关事务管理局（资产测试）",
                "country_id": cls.env.ref("base.cn").id,
                "currency_id": cls.env.ref("base.CNY").id,
            }
        )
        cls.env.user.company_ids |= company
        cls.env = cls.env(
            context=dict(cls.env.context, allowed_company_ids=company.ids)
        )
        cls.env["account.chart.template"].try_loading("cn_gov", company)
        cls.company = cls.env["res.company"].browse(company.id)

    def test_depreciation_on_1602_without_salvage(self):
        """Profiles post depreciation 5001/1602 and assets keep no salvage value."""
        category = self._category("A02.1")
        category.action_create_asset_profiles()
        profile = category.asset_profile_id
        self.assertEqual(profile.account_asset_id.code, "1601")
        self.assertEqual(profile.account_depreciation_id.code, "1602")
        self.assertEqual(profile.account_expense_depreciation_id.code, "5001")
        self.assertEqual(profile.account_residual_value_id.code, "5301")
        self.assertFalse(profile.salvage_value)
        asset = self._asset(value=7200.0)
        account_asset = asset.account_asset_id
        self.assertEqual(account_asset.company_id, self.company)
        self.assertEqual(account_asset.salvage_value, 0.0)
        lines = account_asset.depreciation_line_ids.filtered(
            lambda line: line.type == "depreciate"
        )
        self.assertAlmostEqual(sum(lines.mapped("amount")), 7200.0, places=2)
        lines[:1].create_move()
        move = lines[:1].move_id
        self.assertEqual(set(move.line_ids.account_id.mapped("code")), {"5001", "1602"})
        # Depreciation is an expense without budget expenditure (accrual only).
        self.assertFalse(move.l10n_cn_gov_budget_move_ids)
        with self.assertRaises(ValidationError):
            account_asset.salvage_value = 100.0

    def test_disposal_proceeds_remitted(self):
        """An administrative unit books disposal proceeds on 2103 应缴财政款."""
        asset = self._asset(value=3000.0)
        buyer = self.env["res.partner"].create({"name": "某拍卖公司"})
        disposal = self.env["affairs.asset.disposal"].create(
            {
                "disposal_type": "sale",
                "asset_ids": [Command.set(asset.ids)],
                "reason": "达到使用年限",
                "partner_id": buyer.id,
                "proceeds": 800.0,
            }
        )
        invoice = disposal._affairs_create_invoice()
        self.assertEqual(invoice.invoice_line_ids.account_id.code, "2103")
        self.assertFalse(invoice.l10n_cn_gov_fund_source)
        invoice.action_post()
        self.assertFalse(invoice.l10n_cn_gov_budget_move_ids)
