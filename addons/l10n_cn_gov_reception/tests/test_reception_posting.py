# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.tests import TransactionCase

from odoo.addons.affairs_reception.tests.common import ReceptionFixtures


class TestGovReceptionPosting(ReceptionFixtures, TransactionCase):
    """A reception of a bureau keeping the government chart."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.env["res.company"].create(
            {
                "name": "市机关事务管理局（接待测试）",
                "country_id": cls.env.ref("base.cn").id,
                "currency_id": cls.env.ref("base.CNY").id,
            }
        )
        cls.env.user.company_ids |= company
        cls.env.user.company_id = company
        cls.env = cls.env(
            context=dict(
                cls.env.context, allowed_company_ids=company.ids, tracking_disable=True
            )
        )
        cls.env["account.chart.template"].try_loading("cn_gov", company)
        # The shipped approval step is the main company's: the bureau gets its own.
        cls.env.ref("affairs_reception.tier_definition_reception_manager").copy(
            {"company_id": company.id}
        )
        cls._setup_affairs_fixtures()
        for user in cls.officer | cls.manager:
            user.company_ids = [Command.link(company.id)]
            user.company_id = company
        cls.officer.group_ids = [
            Command.link(cls.env.ref("account.group_account_invoice").id)
        ]

    def test_meal_and_lodging_bills_post_with_budget_entries(self):
        """Meal 2 guests + 1 companion × 95 = 285, lodging 1 room × 2 nights
        × 400 = 800: each bill Dr 5001 / Cr 2302 on the host agency's analytic
        account, and its budget twin Dr 7101 / Cr 8001 for the same amount."""
        reception = self._create_reception(guests=2)
        meal = self._meal(
            reception, cost_per_person=95, restaurant_id=self.restaurant.id
        )
        lodging = self._lodging(reception, price_per_night=400)
        self._approve(reception)
        reception.with_user(self.officer).action_start()
        meal.actual_amount = 285
        lodging.actual_amount = 800
        reception.with_user(self.officer).action_create_bills()
        bills = reception.bill_ids
        self.assertEqual(len(bills), 2)
        bills.action_post()
        analytic = str(self.agency_a.affairs_analytic_account_id.id)
        for bill, amount in ((meal.bill_id, 285.0), (lodging.bill_id, 800.0)):
            self.assertEqual(bill.currency_id.name, "CNY")
            self.assertEqual(bill.l10n_cn_gov_fund_source, "fiscal_authorized")
            self.assertEqual(
                sorted(bill.line_ids.mapped(lambda l: (l.account_id.code, l.balance))),
                [("2302", -amount), ("5001", amount)],
            )
            self.assertEqual(
                bill.invoice_line_ids.analytic_distribution, {analytic: 100}
            )
            budget = bill.l10n_cn_gov_budget_move_ids
            self.assertEqual(len(budget), 1)
            self.assertEqual(budget.state, "posted")
            self.assertEqual(
                sorted(
                    budget.line_ids.mapped(lambda l: (l.account_id.code, l.balance))
                ),
                [("7101", amount), ("8001", -amount)],
            )
