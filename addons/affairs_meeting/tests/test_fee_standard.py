# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError

from .common import MeetingCommon


class TestFeeStandard(MeetingCommon):
    """A class 3 meeting (三类会议): lodging 340, meals 130, other 80 per person
    and day, at most 2 days and 150 attendees (national rows)."""

    def test_budget_at_the_caps_is_confirmed(self):
        booking = self._fee_meeting()
        self.assertEqual(booking.budget_total, 550 * 20)
        booking.action_confirm()
        self.assertEqual(booking.state, "approved")

    def test_budget_above_a_cap_is_refused(self):
        booking = self._fee_meeting(budget_meals=130 * 20 + 1)
        with self.assertRaisesRegex(ValidationError, "2600"):
            booking.action_confirm()
        self.assertEqual(booking.state, "draft")

    def test_days_and_attendees_limits(self):
        booking = self._fee_meeting(meeting_days=3, budget_lodging=0)
        with self.assertRaisesRegex(ValidationError, "at most 2 days"):
            booking.action_confirm()
        hall_meeting = self._book(
            room=self.hall,
            fee_category="class_4",
            attendee_count=51,
        )
        with self.assertRaisesRegex(ValidationError, "at most 50 attendees"):
            hall_meeting.action_submit()

    def test_manager_exception_allows_more(self):
        booking = self._fee_meeting(budget_other=80 * 20 + 500)
        with self.assertRaises(ValidationError):
            booking.action_confirm()
        booking.with_user(self.manager).action_affairs_grant_exception(
            "meeting_fee_standard", "经批准的跨地区专题会议"
        )
        booking.action_confirm()
        self.assertEqual(booking.state, "approved")
        self.assertEqual(booking.affairs_exception_count, 1)

    def test_meeting_without_category_has_no_caps(self):
        booking = self._book(budget_lodging=100_000)
        booking.action_confirm()
        self.assertEqual(booking.state, "approved")

    def test_local_book_tightens_the_cap(self):
        national = self.env.ref("affairs_base.standard_book_national")
        local = self.env["affairs.standard.book"].create(
            {
                "name": "市会议费管理办法",
                "scope": "local",
                "parent_id": national.id,
                "date_from": "2020-01-01",
                "company_id": self.env.company.id,
            }
        )
        self.env.company.write({"affairs_standard_book_id": local.id})
        self.env["affairs.meeting.fee.standard"].create(
            {
                "book_id": local.id,
                "category": "class_3",
                "lodging_cap": 300,
                "meal_cap": 130,
                "other_cap": 80,
                "max_days": 2,
                "max_attendees": 150,
            }
        )
        booking = self._fee_meeting()
        with self.assertRaisesRegex(ValidationError, "6800"):
            booking.action_confirm()
