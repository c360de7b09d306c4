# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.addons.affairs_facility.tests.common import FacilityCommon
from odoo.addons.l10n_cn_gov.tests.common import GovBureauCompany


class TestGovFacilityPosting(GovBureauCompany, FacilityCommon):
    """A contracted service billed by a bureau keeping the government chart."""

    gov_bureau_name = "市机关事务管理局（物业测试）"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.user.group_ids += cls.env.ref("account.group_account_invoice")
        # The shipped approval step is the main company's: the bureau gets its own.
        cls.env.ref("affairs_facility.tier_definition_service_inspection_manager").copy(
            {"company_id": cls.company.id}
        )

    def test_inspection_bill_posts_reduced_amount_with_budget_entry(self):
        """Fee 10,000, score 89 (1 floor and 2 toilet defects) keeps 5 % back:
        the bill of 9,500 posts Dr 5001 / Cr 2302 on agency A's analytic
        account, and its budget twin Dr 7101 / Cr 8001 9,500."""
        inspection = self._inspection((1, 2, 0))
        inspection.with_user(self.officer).action_submit()
        inspection.with_user(self.manager).action_approve()
        self.assertEqual(inspection.state, "approved")
        inspection.with_user(self.officer).action_affairs_create_bill()
        bill = inspection.bill_id.with_env(self.env)
        self.assertEqual(bill.company_id, self.company)
        self.assertEqual(bill.currency_id.name, "CNY")
        self.assertEqual(bill.l10n_cn_gov_fund_source, "fiscal_authorized")
        bill.action_post()
        self.assertEqual(
            sorted(bill.line_ids.mapped(lambda l: (l.account_id.code, l.balance))),
            [("2302", -9500.0), ("5001", 9500.0)],
        )
        self.assertEqual(
            bill.invoice_line_ids.analytic_distribution,
            {str(self.agency_a.affairs_analytic_account_id.id): 100},
        )
        budget = bill.l10n_cn_gov_budget_move_ids
        self.assertEqual(budget.state, "posted")
        self.assertEqual(
            sorted(budget.line_ids.mapped(lambda l: (l.account_id.code, l.balance))),
            [("7101", 9500.0), ("8001", -9500.0)],
        )
