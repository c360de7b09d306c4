# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from odoo.addons.affairs_budget.tests.common import BudgetCommon
from odoo.addons.affairs_construction.tests.common import ConstructionCommon


class TestBudgetConstruction(BudgetCommon, ConstructionCommon):
    """Progress payments of agency B's renovation against its 31006 line."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_major = cls.env.ref("affairs_budget.classification_31006")
        budget = cls._approved_budget(cls.agency_b, cls.year, {cls.cls_major: 400000})
        cls.line_major = budget.line_ids
        project = cls._project(agency=cls.agency_b, name="Hall renovation")
        project.with_user(cls.office).action_approve()
        project.with_user(cls.office).action_start()
        cls.contract_b = cls._contract(project, amount=1000000.0)
        # Payable: 1,000,000 × 50% × (1 - 3% retention) = 485,000.
        cls._certify(cls.contract_b, 50.0)

    def test_commit_consume_and_refuse(self):
        """300,000 approved: committed 300,000, available 100,000; its bill
        posted: actual 300,000, committed 0; 150,000 more is refused (100,000
        available) although the contract would still pay 185,000."""
        payment = self._payment(self.contract_b, 300000.0, 50.0)
        payment.action_submit()
        payment.with_user(self.manager).action_approve()
        self.assertEqual(payment.state, "approved")
        self.assertEqual(self.line_major.committed_amount, 300000)
        self.assertEqual(self.line_major.available_amount, 100000)

        payment.with_env(self.env).action_create_bill()  # as the accountant
        bill = payment.with_env(self.env).bill_id
        keys = list(bill.invoice_line_ids.analytic_distribution)
        self.assertIn(str(self.agency_b.affairs_analytic_account_id.id), keys[0])
        bill.action_post()
        self.line_major.invalidate_recordset()
        self.assertEqual(self.line_major.committed_amount, 0)
        self.assertEqual(self.line_major.actual_amount, 300000)
        self.assertEqual(self.line_major.available_amount, 100000)
        self.assertEqual(bill.invoice_line_ids.affairs_budget_line_id, self.line_major)

        second = self._payment(self.contract_b, 150000.0, 50.0)
        second.action_submit()
        with self.assertRaises(UserError) as error:
            second.with_user(self.manager).action_approve()
        self.assertIn("Over budget", str(error.exception))
        self.assertEqual(second.state, "submitted")

    def test_new_build_commits_31001(self):
        """A new build's payment is 31001: agency B has no such line, so the
        payment is not controlled and nothing is committed on 31006."""
        project = self._project(
            agency=self.agency_b, name="Annex", project_type="new_build"
        )
        project.with_user(self.office).action_approve()
        project.with_user(self.office).action_start()
        contract = self._contract(project, amount=200000.0)
        self._certify(contract, 100.0)
        payment = self._payment(contract, 194000.0, 100.0)
        self.assertEqual(payment._affairs_budget_values()[0]["classification"], "31001")
        payment.action_submit()
        payment.with_user(self.manager).action_approve()
        self.assertEqual(payment.state, "approved")
        self.assertEqual(self.line_major.committed_amount, 0)
