# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.affairs_base.tests.common import in_english

from .common import MeetingCommon


class TestSignIn(MeetingCommon):
    def _running_meeting(self):
        now = fields.Datetime.now().replace(microsecond=0)
        booking = self._book(start=now - timedelta(minutes=10))
        booking.action_confirm()
        return booking

    def test_qr_code_per_meeting(self):
        first = self._running_meeting()
        second = self._book(start=self.day)
        self.assertNotEqual(first.signin_token, second.signin_token)
        self.assertIn(f"/affairs_meeting/sign_in/{first.id}/", first.signin_url)
        self.assertIn("barcode_type=QR", first.signin_qr_url)

    def test_sign_in_records_attendance(self):
        booking = self._running_meeting()
        token = booking.signin_token
        # An employee of another agency attends.
        attendance = booking.sudo()._affairs_sign_in(token, self.user_b)
        self.assertEqual(attendance.employee_id, self.employee_b)
        self.assertEqual(attendance.attendee_agency_id, self.agency_b)
        # The meeting is being held: no longer released as a no-show.
        self.assertEqual(booking.state, "in_use")
        self.assertEqual(
            booking.sudo()._affairs_sign_in(token, self.user_b), attendance
        )
        booking.sudo()._affairs_sign_in(token, self.user_a)
        self.assertEqual(booking.attendance_count, 2)
        # The organiser's agency sees the sign-in list; the attendee sees their own.
        self.assertEqual(len(booking.with_user(self.user_a).attendance_ids), 2)

    def test_sign_in_refused(self):
        booking = self._running_meeting()
        with self.assertRaises(AccessError):
            booking.sudo()._affairs_sign_in("forged", self.user_b)
        later = self._book(user=self.user_b, start=self.day)
        later.action_confirm()
        with self.assertRaisesRegex(UserError, "not open for sign-in"):
            later.sudo()._affairs_sign_in(later.signin_token, self.user_a)
        # A user without an employee (the meeting staff) cannot sign in.
        with self.assertRaises(UserError):
            booking.sudo()._affairs_sign_in(booking.signin_token, self.meeting_staff)
        self.assertFalse(booking.attendance_ids)


@tagged("post_install", "-at_install")
class TestSignInPage(HttpCase, MeetingCommon):
    def test_page_signs_in(self):
        now = fields.Datetime.now().replace(microsecond=0)
        booking = self._book(start=now - timedelta(minutes=5))
        booking.action_confirm()
        self.authenticate(in_english(self.env, "cadre_b"), "cadre_b")
        url = f"/affairs_meeting/sign_in/{booking.id}/{booking.signin_token}"
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        self.assertIn(booking.subject, page.text)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        done = self.url_open(url, data={"csrf_token": csrf})
        self.assertIn("o_affairs_signed", done.text)
        self.assertEqual(booking.attendance_ids.employee_id, self.employee_b)
        forged = self.url_open(f"/affairs_meeting/sign_in/{booking.id}/forged")
        self.assertIn("not valid", forged.text)
        self.assertNotIn('name="csrf_token"', forged.text)
