# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from odoo.exceptions import UserError, ValidationError

from .common import BudgetCommon


class TestBudgetMonthlyPlan(BudgetCommon):
    """Agency B's draft budget: 30217 50,000 and 30212 120,000."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.budget_b = (
            cls.env["affairs.budget"]
            .with_user(cls.officer)
            .create(
                {
                    "agency_id": cls.agency_b.id,
                    "year": cls.year,
                    "line_ids": [
                        Command.create(
                            {
                                "fund_id": cls.fund.id,
                                "classification_id": classification.id,
                                "initial_amount": amount,
                            }
                        )
                        for classification, amount in (
                            (cls.cls_reception, 50000),
                            (cls.cls_outbound, 120000),
                        )
                    ],
                }
            )
        )
        cls.reception_b = cls.budget_b.line_ids.filtered(
            lambda line: line.classification_id == cls.cls_reception
        )
        cls.outbound_b = cls.budget_b.line_ids - cls.reception_b

    def test_spread_edit_and_freeze(self):
        """50,000 / 12: eleven months of 4,166.66 and December 4,166.74; a
        plan above the budget is refused; the plan freezes on submission."""
        self.reception_b.with_user(self.officer).action_generate_monthly_plan()
        months = self.reception_b.month_ids
        self.assertEqual(len(months), 12)
        self.assertEqual(set(months[:11].mapped("planned_amount")), {4166.66})
        self.assertAlmostEqual(months[11].planned_amount, 4166.74, places=2)
        self.assertAlmostEqual(self.reception_b.monthly_planned_amount, 50000, places=2)
        with self.assertRaises(ValidationError):
            months[0].with_user(self.officer).planned_amount = 5000
        # Spreading again replaces the plan.
        self.reception_b.with_user(self.officer).action_generate_monthly_plan()
        self.assertEqual(len(self.reception_b.month_ids), 12)
        self.budget_b.with_user(self.officer).action_submit()
        with self.assertRaises(UserError):
            self.reception_b.month_ids[0].with_user(self.officer).planned_amount = 1

    def test_execution_by_month(self):
        """A 20,000 trip starting 1 June is committed in June on 30212; a
        3,000 reception bill of 1 July is actual in July on 30217; the
        execution report shows July's plan (4,166.66) beside it."""
        self.budget_b.line_ids.with_user(self.officer).action_generate_monthly_plan()
        self.budget_b.with_user(self.officer).action_submit()
        self.budget_b.with_user(self.manager).action_approve()
        self._approve(self._trip(20000, agency=self.agency_b))
        self._post_bill(self.agency_b, self.cls_reception, 3000, date(self.year, 7, 1))
        june = self.outbound_b.month_ids.filtered(lambda m: m.month == "6")
        self.assertEqual(june.committed_amount, 20000)
        self.assertEqual(june.actual_amount, 0)
        self.assertAlmostEqual(june.use_rate, 200.0, places=1)
        july = self.reception_b.month_ids.filtered(lambda m: m.month == "7")
        self.assertEqual((july.committed_amount, july.actual_amount), (0, 3000))
        self.assertAlmostEqual(july.use_rate, 72.0, places=1)
        groups = self.env["affairs.budget.execution.report"]._read_group(
            [("line_id", "=", self.reception_b.id)],
            ["date:month"],
            ["planned_amount:sum", "actual_amount:sum", "budget_amount:sum"],
        )
        by_month = {month.month: (plan, act, bud) for month, plan, act, bud in groups}
        self.assertEqual(by_month[7], (4166.66, 3000, 0))
        self.assertEqual(by_month[1], (4166.66, 0, 50000))
