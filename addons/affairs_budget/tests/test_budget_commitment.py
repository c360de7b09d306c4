# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError
from .common import BudgetCommon


class TestBudgetCommitment(BudgetCommon):
    def test_approval_commits_amount(self):
        """Approving a trip commits its total against the agency's 30212 line."""
        trip = self._approve(self._trip(30000))
        self.assertEqual(trip.state, "approved")
        self.assertEqual(self.line_outbound.committed_amount, 30000)
        self.assertEqual(self.line_outbound.available_amount, 70000)
        self.assertEqual(
            self.env["affairs.budget.line"]._affairs_available(
                self.agency_a, "30212", trip.date_start
            ),
            70000,
        )
        commitment = self.line_outbound.commitment_ids
        self.assertEqual(commitment.res_id, trip.id)
        self.assertEqual(commitment.state, "open")

    def test_cancel_releases(self):
        """Cancelling an approved trip gives its commitment back."""
        trip = self._approve(self._trip(30000))
        trip.action_cancel()
        self.assertEqual(self.line_outbound.committed_amount, 0)
        self.assertEqual(self.line_outbound.available_amount, 100000)
        self.assertEqual(self.line_outbound.commitment_ids.state, "released")

    def test_posting_turns_commitment_into_actual(self):
        """Posting the trip's bill moves the amount from committed to actual;
        resetting the bill to draft commits it again."""
        trip = self._approve(self._trip(30000))
        trip.with_user(self.officer).action_create_bill()
        bill = trip.bill_ids
        self.assertEqual(len(bill), 1)
        self.assertEqual(bill.invoice_line_ids.affairs_budget_agency_id, self.agency_a)
        bill.action_post()
        self.assertEqual(self.line_outbound.committed_amount, 0)
        self.assertEqual(self.line_outbound.actual_amount, 30000)
        self.assertEqual(self.line_outbound.available_amount, 70000)
        self.assertEqual(self.line_outbound.commitment_ids.state, "done")
        bill.button_draft()
        self.assertEqual(self.line_outbound.committed_amount, 30000)
        self.assertEqual(self.line_outbound.actual_amount, 0)

    def test_bill_without_document_counts_as_actual(self):
        """A posted bill of the agency on a classification is actual spending."""
        self._post_bill(self.agency_a, self.cls_reception, 12000)
        self.assertEqual(self.line_reception.actual_amount, 12000)
        self.assertEqual(self.line_reception.available_amount, 38000)

    def test_refused_beyond_available(self):
        """Approval beyond what is available is refused, naming line and figures."""
        self._approve(self._trip(80000))
        trip = self._trip(30000)
        trip.action_submit()
        with self.assertRaises(UserError) as error:
            trip.with_user(self.manager).action_approve()
        message = str(error.exception)
        self.assertIn("Over budget", message)
        self.assertIn(self.line_outbound.display_name, message)
        self.assertIn("20,000.00", message)
        self.assertIn("30,000.00", message)
        self.assertEqual(self.line_outbound.committed_amount, 80000)

    def test_exception_lets_overrun_through(self):
        """A manager's recorded exception lets the over-budget approval pass."""
        trip = self._trip(130000)
        trip.action_submit()
        with self.assertRaises(UserError):
            trip.with_user(self.manager).action_approve()
        exception = self._grant_budget_exception(
            trip,
            "Delegation ordered by the provincial government",
            manager=self.manager_2,
        )
        trip.with_user(self.manager).action_approve()
        self.assertEqual(trip.state, "approved")
        self.assertEqual(self.line_outbound.committed_amount, 130000)
        self.assertEqual(self.line_outbound.available_amount, -30000)
        self.assertEqual(self.line_outbound.commitment_ids.exception_id, exception)

    def test_no_budget_no_control(self):
        """An agency without an approved line for the year is not controlled."""
        trip = self._approve(self._trip(500000, agency=self.agency_b))
        self.assertEqual(trip.state, "approved")
        self.assertFalse(
            self.env["affairs.budget.commitment"].search(
                [("res_id", "=", trip.id), ("res_model", "=", trip._name)]
            )
        )

    def test_warning_activity_at_rate(self):
        """Reaching the warning rate schedules one activity for the approver."""
        self.env.company.affairs_budget_warning_rate = 80
        self._approve(self._trip(85000))
        self.assertTrue(self.line_outbound.warning_sent)
        activities = self.budget_a.activity_ids.filtered(
            lambda activity: "85.0" in (activity.summary or "")
        )
        self.assertEqual(activities.user_id, self.manager)

    def test_approved_trip_costs_locked(self):
        """The costs of an approved trip cannot change behind its commitment."""
        trip = self._approve(self._trip(30000))
        with self.assertRaises(UserError):
            trip.cost_line_ids[0].amount = 1
        with self.assertRaises(UserError):
            trip.cost_line_ids[0].unlink()
        self.assertEqual(trip.amount_total, 30000)
