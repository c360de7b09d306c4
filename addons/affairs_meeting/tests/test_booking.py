# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

import psycopg2

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import mute_logger

from .common import MeetingCommon


class TestBooking(MeetingCommon):
    def test_confirm_without_approval(self):
        booking = self._book()
        self.assertEqual(booking.agency_id, self.agency_a)
        self.assertTrue(booking.name.startswith("MTG/"))
        booking.action_confirm()
        self.assertEqual(booking.state, "approved")
        self.assertTrue(booking.confirmed_date)
        # No approval step for this room: submitting is refused.
        other = self._book(start=self.day + timedelta(days=1))
        with self.assertRaises(UserError):
            other.action_submit()

    def test_approval_where_required(self):
        booking = self._book(room=self.hall)
        with self.assertRaises(UserError):
            booking.action_confirm()
        booking.action_submit()
        self.assertEqual(booking.state, "submitted")
        # The organiser may not approve their own booking; a manager does.
        with self.assertRaises(UserError):
            booking.with_user(self.user_a).action_approve()
        booking.with_user(self.manager).action_approve()
        self.assertEqual(booking.state, "approved")
        self.assertTrue(booking.confirmed_date)

    def test_state_not_written_directly(self):
        booking = self._book()
        with self.assertRaises(UserError):
            booking.write({"state": "approved"})
        with self.assertRaises(UserError):
            self._book(start=self.day + timedelta(days=2), state="approved")

    def test_overlap_refused_with_buffers(self):
        first = self._book()
        first.action_confirm()
        # 11:00-12:00 touches the 15 minutes of clean-up after 09:00-11:00.
        second = self._book(user=self.user_b, start=self.day + timedelta(hours=2))
        self.assertEqual(second.buffer_start, self.day + timedelta(hours=1, minutes=30))
        with self.assertRaisesRegex(ValidationError, first.name):
            second.action_confirm()
        self.assertEqual(second.state, "draft")
        # Once the buffers are clear (11:45 + 30 minutes setup), it fits.
        third = self._book(
            user=self.user_b, start=self.day + timedelta(hours=2, minutes=45)
        )
        third.action_confirm()
        self.assertEqual(third.state, "approved")
        # Another room at the same time is free.
        self._book(room=self.hall).action_submit()

    def test_overlap_enforced_by_postgresql(self):
        first = self._book()
        first.action_confirm()
        second = self._book(user=self.user_b, start=self.day + timedelta(hours=1))
        # Bypassing the friendly check, the database still refuses it.
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(psycopg2.errors.ExclusionViolation),
            self.env.cr.savepoint(),
        ):
            second.sudo().write({"state": "approved"})
            second.flush_recordset()

    def test_capacity(self):
        with self.assertRaisesRegex(ValidationError, "20"):
            self._book(attendee_count=21)
        booking = self._book(attendee_count=20)
        with self.assertRaises(ValidationError):
            booking.write({"attendee_count": 25})
        with self.assertRaises(ValidationError):
            self._book(start=self.day + timedelta(days=1), attendee_count=0)

    def test_bad_dates(self):
        with self.assertRaises(ValidationError):
            self._book(hours=-1)
        with self.assertRaises(ValidationError):
            self._book(hours=30)
        room = self.room.with_user(self.manager)
        room.write({"hour_open": 8, "hour_close": 18})
        with self.assertRaises(ValidationError):
            self._book(
                user=self.user_a.with_context(tz="UTC"),
                start=self.day.replace(hour=17),
            )

    def test_weekly_series(self):
        first = self._book(repeat_weekly=True, repeat_count=4)
        series = first.series_booking_ids.sorted("date_start")
        self.assertEqual(len(series), 4)
        self.assertEqual(
            series.mapped("date_start"),
            [self.day + timedelta(weeks=week) for week in range(4)],
        )
        self.assertEqual(set(series.mapped("state")), {"draft"})
        self.assertEqual(len(set(series.mapped("name"))), 4)
        series.action_confirm()
        self.assertEqual(set(series.mapped("state")), {"approved"})
        # The third week is taken: a booking then is refused.
        clash = self._book(user=self.user_b, start=self.day + timedelta(weeks=2))
        with self.assertRaises(ValidationError):
            clash.action_confirm()
        with self.assertRaises(ValidationError):
            self._book(start=self.day, repeat_weekly=True, repeat_count=60)

    def test_series_overlapping_itself_refused(self):
        first = self._book()
        twin = self._book(user=self.user_b, start=self.day + timedelta(minutes=30))
        with self.assertRaises(ValidationError):
            (first | twin).action_confirm()

    def test_no_show_release(self):
        now = fields.Datetime.now().replace(microsecond=0)
        late = self._book(start=now - timedelta(minutes=30))
        late.action_confirm()
        present = self._book(start=now - timedelta(minutes=30), room=self.hall)
        present.action_submit()
        present.with_user(self.manager).action_approve()
        present.action_check_in()
        recent = self._book(user=self.user_b, start=now + timedelta(hours=3), hours=1)
        recent.action_confirm()
        self.env["ir.config_parameter"].sudo().set_param(
            "affairs_meeting.no_show_minutes", "20"
        )
        released = self.env["affairs.meeting.booking"]._cron_release_no_shows()
        self.assertEqual(released, late)
        self.assertEqual(late.state, "released")
        self.assertEqual(present.state, "in_use")
        self.assertEqual(recent.state, "approved")
        # The released room can be booked again.
        again = self._book(user=self.user_b, start=now - timedelta(minutes=10))
        again.action_confirm()
        self.assertEqual(again.state, "approved")

    def test_check_in_only_organizer_or_staff(self):
        booking = self._book()
        booking.action_confirm()
        with self.assertRaises(AccessError):
            booking.with_user(self.user_b).sudo(False).action_check_in()
        booking.with_user(self.meeting_staff).action_check_in()
        self.assertEqual(booking.state, "in_use")
        booking.action_done()
        self.assertEqual(booking.state, "done")
