# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, fields

from odoo.addons.affairs_base.tests.common import AffairsCommon


class TestGovProcurementPosting(AffairsCommon):
    """The purchase order of an award, billed by a bureau on the government chart."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.env["res.company"].create(
            {
                "name": "市机关事务管理局（采购测试）",
                "country_id": cls.env.ref("base.cn").id,
                "currency_id": cls.env.ref("base.CNY").id,
            }
        )
        cls.env.user.company_ids |= company
        cls.env.user.company_id = company
        cls.env = cls.env(
            context=dict(cls.env.context, allowed_company_ids=company.ids)
        )
        cls.env["account.chart.template"].try_loading("cn_gov", company)
        cls.company = company
        cls.supplier = cls.env["res.partner"].create({"name": "市物业服务有限公司"})

    def test_purchase_order_bill_posts_with_budget_entry(self):
        """An award of 2 × 18,600 = 37,200 for the finance bureau: the bill
        posts Dr 5001 37,200 / Cr 2302 37,200 on its analytic account and the
        budget entry Dr 7101 37,200 / Cr 8001 37,200."""
        policy = self.env["account.move"]._affairs_line_policy(self.agency_a)
        order = self.env["purchase.order"].create(
            {
                "partner_id": self.supplier.id,
                "company_id": self.company.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.env.ref(
                                "affairs_procurement.product_procurement_services"
                            ).id,
                            "name": "办公楼物业服务（半年）",
                            "product_qty": 2.0,
                            "price_unit": 18600.0,
                            **policy,
                        }
                    )
                ],
            }
        )
        order.button_confirm()
        order.action_create_invoice()
        bill = order.invoice_ids
        self.assertEqual(len(bill), 1)
        bill.invoice_date = fields.Date.today()
        bill.action_post()
        self.assertEqual(bill.currency_id.name, "CNY")
        self.assertEqual(
            sorted(bill.line_ids.mapped(lambda l: (l.account_id.code, l.balance))),
            [("2302", -37200.0), ("5001", 37200.0)],
        )
        analytic = str(self.agency_a.affairs_analytic_account_id.id)
        self.assertEqual(bill.invoice_line_ids.analytic_distribution, {analytic: 100})
        budget = bill.l10n_cn_gov_budget_move_ids
        self.assertEqual(
            sorted(budget.line_ids.mapped(lambda l: (l.account_id.code, l.balance))),
            [("7101", 37200.0), ("8001", -37200.0)],
        )
