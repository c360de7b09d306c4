# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import UserError

from odoo.addons.affairs_reception.tests.common import ReceptionCommon

from .common import OverBudgetReception


class TestReceptionBudget(OverBudgetReception, ReceptionCommon):
    """A reception's approval commits its planned cost (meal 300 + lodging 800
    = 1,100) on the host agency's 30217 line of 1,000: refused, then let
    through by a manager's recorded exception; cancelling releases it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.reception = cls._create_over_budget_reception()
        budget = (
            cls.env["affairs.budget"]
            .with_user(cls.officer)
            .create(
                {
                    "agency_id": cls.agency_a.id,
                    "year": cls.reception.date_arrival.year,
                    "line_ids": [
                        Command.create(
                            {
                                "fund_id": cls.env.ref("affairs_budget.fund_public").id,
                                "classification_id": cls.env.ref(
                                    "affairs_budget.classification_30217"
                                ).id,
                                "initial_amount": 1000,
                            }
                        )
                    ],
                }
            )
        )
        budget.action_submit()
        budget.with_user(cls.manager).action_approve()
        cls.line = budget.line_ids

    def test_over_budget_refused_then_exception_then_release(self):
        self.reception.with_user(self.officer).action_submit()
        # assertRaisesRegex has no savepoint of its own: the refused approval
        # must leave nothing behind.
        with self.assertRaisesRegex(UserError, "1,100|1100"), self.cr.savepoint():
            self.reception.with_user(self.manager).action_approve()
        self.env.invalidate_all()
        self.assertEqual(self.reception.state, "submitted")
        self.assertEqual(self.line.committed_amount, 0)
        self._grant(self.reception, "budget_overrun")
        self.reception.with_user(self.manager).action_approve()
        self.assertEqual(self.reception.state, "approved")
        self.assertEqual(self.line.committed_amount, 1100)
        self.assertEqual(self.line.available_amount, -100)
        self.reception.with_user(self.manager).action_cancel()
        self.assertEqual(self.line.committed_amount, 0)
        self.assertEqual(self.line.available_amount, 1000)
