# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from ..models.affairs_approval_mixin import approval_states
from .common import AffairsCommon


class TestApproval(AffairsCommon):
    """The suite's approval flow, exercised on service requests that need approval."""

    def _meeting(self, cost=1000, user=None):
        return self._request(
            user=user, category_id=self.category_meeting.id, estimated_cost=cost
        )

    def _approval_activities(self, request):
        activity_type = self.env.ref("affairs_base.mail_activity_type_affairs_approval")
        return request.activity_ids.filtered(
            lambda a: a.activity_type_id == activity_type
        )

    def test_one_step_below_threshold(self):
        request = self._meeting(cost=4999)
        request.action_submit()
        self.assertEqual(request.state, "submitted")
        self.assertEqual(len(request.review_ids), 1)
        self.assertIn(self.officer, self._approval_activities(request).user_id)
        request.with_user(self.officer).action_approve()
        self.assertEqual(request.state, "approved")
        self.assertEqual(request.approved_by_id, self.officer)
        self.assertFalse(self._approval_activities(request))

    def test_two_steps_from_threshold(self):
        """At 5,000 a manager must approve after the officer: steps depend on the record."""
        request = self._meeting(cost=5000)
        request.action_submit()
        self.assertEqual(len(request.review_ids), 2)
        with self.assertRaisesRegex(UserError, "not an approver of the current step"):
            request.with_user(self.user_b).action_approve()
        request.with_user(self.officer).action_approve()
        self.assertEqual(request.state, "submitted", "the manager step is still open")
        self.assertIn(self.manager, self._approval_activities(request).user_id)
        self.assertNotIn(self.officer, self._approval_activities(request).user_id)
        request.with_user(self.manager).action_approve()
        self.assertEqual(request.state, "approved")

    def test_nobody_approves_own_request(self):
        """Separation of duties: an officer who requests cannot approve it,
        another officer can."""
        request = self._meeting(user=self.officer)
        request.with_user(self.officer).action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            request.with_user(self.officer).action_approve()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            request.with_user(self.officer).action_reject("no")
        request.with_user(self.officer_2).action_approve()
        self.assertEqual(request.state, "approved")

    def test_requester_employee_cannot_approve(self):
        """The requester's user cannot approve, even if somebody else filed it."""
        self.user_a.group_ids += self.env.ref("affairs_base.group_affairs_officer")
        request = self._request(
            user=self.officer_2,
            category_id=self.category_meeting.id,
            requester_id=self.employee_a.id,
        )
        request.with_user(self.officer_2).action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            request.with_user(self.user_a).action_approve()

    def test_reject_needs_reason_and_is_recorded(self):
        request = self._meeting()
        request.action_submit()
        with self.assertRaisesRegex(UserError, "reason"):
            request.with_user(self.officer).action_reject("  ")
        request.with_user(self.officer).action_reject("No budget this quarter")
        self.assertEqual(request.state, "rejected")
        self.assertEqual(request.reject_reason, "No budget this quarter")
        self.assertIn("No budget this quarter", request.message_ids[0].body)
        self.assertFalse(self._approval_activities(request))

    def test_reject_wizard(self):
        request = self._meeting()
        request.action_submit()
        action = request.with_user(self.officer).action_open_reject_wizard()
        wizard = (
            self.env["affairs.reject.wizard"]
            .with_user(self.officer)
            .with_context(action["context"])
            .create({"reason": "Duplicate"})
        )
        wizard.action_reject()
        self.assertEqual(request.reject_reason, "Duplicate")

    def test_resubmit_after_rejection(self):
        request = self._meeting()
        request.action_submit()
        request.with_user(self.officer).action_reject("Add the agenda")
        request.action_draft()
        self.assertEqual(request.state, "draft")
        request.action_submit()
        self.assertEqual(request.state, "submitted")
        self.assertEqual(request.review_ids.mapped("status"), ["pending"])

    def test_cannot_skip_approval_by_writing_state(self):
        request = self._meeting()
        request.action_submit()
        with self.assertRaisesRegex(UserError, "only through its actions"):
            request.write({"state": "approved"})

    def test_approve_only_when_submitted(self):
        request = self._meeting()
        with self.assertRaisesRegex(UserError, "not waiting for approval"):
            request.with_user(self.officer).action_approve()
        request.action_submit()
        with self.assertRaisesRegex(UserError, "Only a draft"):
            request.action_submit()

    def test_cancel_drops_open_approvals(self):
        request = self._meeting()
        request.action_submit()
        request.action_cancel()
        self.assertEqual(request.state, "cancel")
        self.assertFalse(self._approval_activities(request))

    def test_history_in_chatter(self):
        request = self._meeting(cost=6000)
        request.action_submit()
        request.with_user(self.officer).action_approve()
        request.with_user(self.manager).action_approve()
        bodies = " ".join(request.message_ids.mapped("body"))
        self.assertIn("Step approved", bodies)
        self.assertIn("Approved.", bodies)

    def test_higher_group_may_approve_lower_step(self):
        """A manager holds the officer group too and may approve the officer step."""
        request = self._meeting(cost=100)
        request.action_submit()
        self.assertIn(self.manager, request.review_ids.reviewer_ids)
        request.with_user(self.manager).action_approve()
        self.assertEqual(request.state, "approved")

    def test_approval_states_in_workflow_order(self):
        """A document's own steps come between approval and the closing states
        (the kanban columns follow), with its own names for approval states."""
        self.assertEqual(
            [value for value, _label in approval_states()],
            ["draft", "submitted", "approved", "rejected", "cancel"],
        )
        selection = self.env["affairs.service.request"]._fields["state"].selection
        self.assertEqual(
            selection,
            [
                ("draft", "Draft"),
                ("submitted", "Waiting Approval"),
                ("approved", "To Accept"),
                ("in_progress", "In Progress"),
                ("done", "Done"),
                ("rejected", "Rejected"),
                ("cancel", "Cancelled"),
            ],
        )
        with self.assertRaises(ValueError):
            approval_states(accepted="To Accept")
