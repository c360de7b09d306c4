# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.tests import Form

from .common import MeetingCommon


class TestForms(MeetingCommon):
    def test_cadre_books_with_services_in_the_form(self):
        Booking = self.env["affairs.meeting.booking"].with_user(self.user_a)
        # Every view of the menu opens for an agency user.
        Booking.get_views(
            [(False, "calendar"), (False, "list"), (False, "pivot"), (False, "search")]
        )
        with Form(Booking) as form:
            form.subject = "Weekly section meeting"
            form.room_id = self.room
            form.date_start = self.day
            form.date_end = self.day + timedelta(hours=1)
            form.attendee_count = 8
            with form.service_line_ids.new() as line:
                line.item_id = self.env.ref("affairs_meeting.service_item_tea")
                line.quantity = 8
        booking = form.record
        self.assertEqual(booking.organizer_id, self.employee_a)
        self.assertEqual(booking.agency_id, self.agency_a)
        self.assertEqual(booking.service_amount, 8 * booking.service_line_ids.unit_cost)
        booking.action_confirm()
        self.assertEqual(booking.state, "approved")

    def test_cadre_sends_a_print_job_in_the_form(self):
        Job = self.env["affairs.print.job"].with_user(self.user_a)
        Job.get_views([(False, "list"), (False, "pivot"), (False, "search")])
        with Form(Job) as form:
            form.title = "Notice"
            form.pages = 4
            form.copies = 10
            form.deadline = self.day
        job = form.record
        self.assertEqual(job.requester_id, self.employee_a)
        self.assertEqual(job.state, "received")
        self.assertEqual(
            job.amount,
            40 * self.env.ref("affairs_meeting.print_price_a4_mono").unit_price,
        )
        # The printing staff open it too.
        Form(job.with_user(self.print_staff))
