# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.affairs_budget.tests.common import BudgetCommon
from odoo.addons.affairs_meeting.tests.common import MeetingCommon


@tagged("at_install")
class TestBudgetMeeting(BudgetCommon, MeetingCommon):
    """Class 3 meetings of agency A against its 30215 line of 15,000: 10
    attendees over 2 days at the caps (340 + 130 + 80 per person and day)
    budget 11,000."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_meeting = cls.env.ref("affairs_budget.classification_30215")
        budget = cls._approved_budget(
            cls.agency_a, cls.day.year, {cls.cls_meeting: 15000}
        )
        cls.line_meeting = budget.line_ids

    def test_confirmation_commits_and_cancel_releases(self):
        """A room without approval: confirming commits 11,000; a second
        meeting of 11,000 is refused (4,000 left); cancelling the first
        releases it."""
        booking = self._fee_meeting()
        self.assertEqual(booking.agency_id, self.agency_a)
        booking.action_confirm()
        self.assertEqual(booking.state, "approved")
        self.assertEqual(self.line_meeting.committed_amount, 11000)
        self.assertEqual(self.line_meeting.available_amount, 4000)
        second = self._fee_meeting(
            start=self.day.replace(hour=14), subject="Second meeting"
        )
        with self.assertRaisesRegex(UserError, "Over budget"), self.cr.savepoint():
            second.action_confirm()
        self.env.invalidate_all()
        self.assertEqual(second.state, "draft")
        booking.action_cancel()
        self.assertEqual(self.line_meeting.committed_amount, 0)
        self.assertEqual(self.line_meeting.available_amount, 15000)

    def test_approval_refused_then_exception(self):
        """The hall needs the bureau's approval: a meeting of 16,500 (15
        attendees) is refused at approval, then let through by the budget
        exception; plain bookings declare nothing."""
        booking = self._fee_meeting(
            room=self.hall,
            attendee_count=15,
            budget_lodging=340 * 30,
            budget_meals=130 * 30,
            budget_other=80 * 30,
        )
        booking.action_submit()
        with self.assertRaisesRegex(UserError, "16,500"), self.cr.savepoint():
            booking.with_user(self.manager).action_approve()
        self.env.invalidate_all()
        self.assertEqual(booking.state, "submitted")
        self.assertEqual(self.line_meeting.committed_amount, 0)
        booking.with_user(self.manager_2).action_affairs_grant_exception(
            "budget_overrun", "Provincial work conference"
        )
        booking.with_user(self.manager).action_approve()
        self.assertEqual(booking.state, "approved")
        self.assertEqual(self.line_meeting.committed_amount, 16500)
        plain = self._book(start=self.day.replace(hour=15))
        self.assertEqual(plain._affairs_budget_values(), [])

    def test_no_show_release_frees_the_budget(self):
        """A confirmed meeting nobody checked in to is released by the cron,
        and so is its commitment on this year's line."""
        line = self._approved_budget(
            self.agency_a, self.year, {self.cls_meeting: 15000}
        ).line_ids
        now = fields.Datetime.now().replace(microsecond=0)
        late = self._fee_meeting(start=now - timedelta(minutes=30))
        late.action_confirm()
        self.assertEqual(line.committed_amount, 11000)
        released = self.env["affairs.meeting.booking"]._cron_release_no_shows()
        self.assertEqual(released, late)
        self.assertEqual(late.state, "released")
        self.assertEqual(line.committed_amount, 0)
