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

    def test_rent_remitted_then_revenue_for_institutions(self):
        """Rent invoices: 2103 for an administrative unit, 4605 + budget for others."""
        tenant = self.env["res.partner"].create({"name": "某便利店"})
        shop = self._room("S01", 50.0, usage="ancillary")
        lease = (
            self.env["affairs.lease"]
            .with_user(self.officer)
            .create(
                {
                    "object_type": "storefront",
                    "room_id": shop.id,
                    "partner_id": tenant.id,
                    "agency_id": self.municipal.id,
                    "date_start": "2025-01-01",
                    "date_end": "2025-12-31",
                    "rent": 3000,
                    "period": "quarter",
                }
            )
        )
        # The approval flow is affairs_property's business: the instalments are
        # written directly here.
        first, second = self.env["affairs.lease.line"].create(
            [
                {"lease_id": lease.id, "date_due": "2025-01-01", "amount": 3000.0},
                {"lease_id": lease.id, "date_due": "2025-04-01", "amount": 3000.0},
            ]
        )
        invoice = first._affairs_invoice_due(first.date_due)
        self.assertEqual(invoice.invoice_line_ids.account_id.code, "2103")
        self.assertFalse(invoice.l10n_cn_gov_budget_move_ids)

        self.company.l10n_cn_gov_unit_type = "public_institution"
        invoice = second._affairs_invoice_due(second.date_due)
        self.assertEqual(invoice.invoice_line_ids.account_id.code, "4605")
        budget = invoice.l10n_cn_gov_budget_move_ids
        self.assertEqual(
            sorted(
                budget.line_ids.mapped(
                    lambda line: (line.account_id.code, line.balance)
                )
            ),
            [("6609", -3000.0), ("8001", 3000.0)],
        )

    def test_asset_card_prints_yuan(self):
        """The asset card of a bureau on the government chart prints ¥, never $."""
        asset = self._asset(value=7200.0)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("affairs_property.action_report_asset_card", asset.ids)[
                0
            ]
            .decode()
        )
        self.assertIn("¥", html)
        self.assertNotIn("$", html)

    def test_demo_rebook_moves_rent_to_2103(self):
        """A rent invoice posted before the bridge (4609, budget 8001/6609 of
        1,500) is moved by the demo's re-booking to 2103 with no budget side
        left: the 6609 entry is reversed."""
        tenant = self.env["res.partner"].create({"name": "机关便利店有限公司"})
        lease = self.env["affairs.lease"].create(
            {
                "object_type": "storefront",
                "room_id": self._room("S02", 30.0, usage="ancillary").id,
                "partner_id": tenant.id,
                "agency_id": self.municipal.id,
                "date_start": "2025-01-01",
                "date_end": "2025-12-31",
                "rent": 1500,
                "period": "month",
            }
        )
        line = self.env["affairs.lease.line"].create(
            {"lease_id": lease.id, "date_due": "2025-01-01", "amount": 1500.0}
        )
        invoice = line._affairs_invoice_due(line.date_due)
        # As affairs_property's demo books it without the bridge.
        invoice.button_draft()
        invoice.invoice_line_ids.account_id = self.company._l10n_cn_gov_account("4609")
        invoice.l10n_cn_gov_fund_source = "own"
        invoice.action_post()
        self.assertEqual(
            sorted(
                invoice.l10n_cn_gov_budget_move_ids.line_ids.mapped(
                    lambda item: (item.account_id.code, item.balance)
                )
            ),
            [("6609", -1500.0), ("8001", 1500.0)],
        )
        self.env["affairs.lease.line"]._l10n_cn_gov_demo_rebook()
        self.assertEqual(invoice.state, "posted")
        self.assertEqual(invoice.invoice_line_ids.account_id.code, "2103")
        self.assertFalse(invoice.l10n_cn_gov_fund_source)
        self.assertFalse(invoice._l10n_cn_gov_active_budget_moves())
        budget_lines = invoice.l10n_cn_gov_budget_move_ids.line_ids
        self.assertEqual(
            sum(
                budget_lines.filtered(
                    lambda item: item.account_id.code == "6609"
                ).mapped("balance")
            ),
            0.0,
        )
