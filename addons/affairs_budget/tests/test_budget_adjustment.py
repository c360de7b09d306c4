# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError
from .common import BudgetCommon


class TestBudgetAdjustment(BudgetCommon):
    def _adjust(self, adjustment_type, amount, line=None, line_to=None):
        adjustment = (
            self.env["affairs.budget.adjustment"]
            .with_user(self.officer)
            .create(
                {
                    "adjustment_type": adjustment_type,
                    "line_id": (line or self.line_outbound).id,
                    "line_to_id": line_to and line_to.id,
                    "amount": amount,
                    "reason": "Mid-year adjustment",
                }
            )
        )
        adjustment.action_submit()
        return adjustment

    def test_approved_budget_not_edited_silently(self):
        """An approved line's amount cannot be written directly."""
        with self.assertRaises(UserError):
            self.line_outbound.with_user(self.officer).initial_amount = 1
        self.assertEqual(self.line_outbound.amount, 100000)

    def test_increase_after_approval_only(self):
        """An increase (追加) counts once approved, and is kept as history."""
        adjustment = self._adjust("increase", 20000)
        self.assertEqual(self.line_outbound.amount, 100000)
        adjustment.with_user(self.manager).action_approve()
        self.assertEqual(self.line_outbound.initial_amount, 100000)
        self.assertEqual(self.line_outbound.adjustment_amount, 20000)
        self.assertEqual(self.line_outbound.amount, 120000)
        self.assertEqual(self.line_outbound.adjustment_ids, adjustment)

    def test_decrease_beyond_available_refused(self):
        """A decrease (调减) may not take what is already committed."""
        self._approve(self._trip(90000))
        adjustment = self._adjust("decrease", 20000)
        with self.assertRaises(UserError) as error:
            adjustment.with_user(self.manager).action_approve()
        self.assertIn("10,000.00", str(error.exception))
        self.assertEqual(self.line_outbound.amount, 100000)

    def test_transfer_moves_budget(self):
        """A transfer (调剂) takes from one line and gives to another."""
        adjustment = self._adjust("transfer", 15000, line_to=self.line_reception)
        adjustment.with_user(self.manager).action_approve()
        self.assertEqual(self.line_outbound.amount, 85000)
        self.assertEqual(self.line_reception.amount, 65000)

    def test_bad_inputs(self):
        """Zero amounts and transfers to nowhere are refused."""
        with self.assertRaises(ValidationError):
            self._adjust("increase", 0)
        with self.assertRaises(ValidationError):
            self._adjust("transfer", 100)
        with self.assertRaises(ValidationError):
            self.env["affairs.budget"].create(
                {"agency_id": self.agency_b.id, "year": 1890}
            )
