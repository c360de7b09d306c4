# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import UserError
from odoo.tests import Form

from .common import MeetingCommon


class TestServiceDesk(MeetingCommon):
    """Meeting-service and printing requests lead to a booking or a print job."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.meeting_category = cls.env.ref("affairs_base.service_category_meeting")
        cls.printing_category = cls.env.ref("affairs_base.service_category_printing")

    def _filed(self, category):
        request = self._request(title="季度工作会", category_id=category.id)
        request.action_submit()
        if request.state == "submitted":
            request.with_user(self.manager).action_approve()
        return request

    def test_meeting_request_becomes_a_booking(self):
        request = self._filed(self.meeting_category)
        booking = request.with_user(self.meeting_staff).action_create_meeting_booking(
            self.room.id, self.day, self.day + timedelta(hours=2), attendees=12
        )
        self.assertRecordValues(
            booking,
            [
                {
                    "subject": "季度工作会",
                    "organizer_id": self.employee_a.id,
                    "agency_id": self.agency_a.id,
                    "service_request_id": request.id,
                    "attendee_count": 12,
                    "state": "draft",
                }
            ],
        )
        self.assertEqual(request.meeting_booking_count, 1)
        # The link is the mechanism's: nobody rewires it by hand.
        with self.assertRaises(UserError):
            booking.with_user(self.user_a).write({"service_request_id": False})
        # A printing request does not become a booking.
        printing = self._filed(self.printing_category)
        with self.assertRaises(UserError):
            printing.action_create_meeting_booking(
                self.room.id, self.day, self.day + timedelta(hours=1)
            )

    def test_printing_request_becomes_a_print_job(self):
        request = self._filed(self.printing_category)
        job = request.with_user(self.print_staff).action_create_print_job(50, copies=3)
        self.assertEqual(job.requester_id, self.employee_a)
        self.assertEqual(job.agency_id, self.agency_a)
        self.assertEqual(job.service_request_id, request)
        self.assertEqual(job.state, "received")
        self.assertEqual(job.amount, 150 * job.unit_price)
        self.assertEqual(request.print_job_count, 1)

    def test_booking_form_opened_from_the_request(self):
        request = self._filed(self.meeting_category)
        action = request.with_user(
            self.meeting_staff
        ).action_open_meeting_booking_form()
        Booking = self.env["affairs.meeting.booking"].with_user(self.meeting_staff)
        with Form(Booking.with_context(**action["context"])) as form:
            form.room_id = self.room
            form.date_start = self.day
            form.date_end = self.day + timedelta(hours=1)
        booking = form.record
        self.assertEqual(booking.subject, "季度工作会")
        self.assertEqual(booking.organizer_id, self.employee_a)
        self.assertEqual(booking.service_request_id, request)
        # A draft request is not answered yet.
        draft = self._request(title="x", category_id=self.meeting_category.id)
        with self.assertRaises(UserError):
            draft.action_open_meeting_booking_form()
