# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import AccessError, UserError

from .common import MeetingCommon


class TestAccess(MeetingCommon):
    def test_bookings_per_agency(self):
        mine = self._book()
        theirs = self._book(user=self.user_b, start=self.day + timedelta(days=1))
        Booking = self.env["affairs.meeting.booking"]
        domain = [("id", "in", (mine | theirs).ids)]
        self.assertEqual(Booking.with_user(self.user_a).search(domain), mine)
        self.assertEqual(Booking.with_user(self.user_b).search(domain), theirs)
        self.assertEqual(
            Booking.with_user(self.meeting_staff).search(domain), mine | theirs
        )
        self.assertEqual(Booking.with_user(self.manager).search(domain), mine | theirs)
        with self.assertRaises(AccessError):
            theirs.with_user(self.user_a).read(["subject"])
        # Nobody files a booking for another agency.
        with self.assertRaises(UserError):
            self._book(organizer_id=self.employee_b.id, agency_id=self.agency_b.id)

    def test_rooms_configured_by_managers(self):
        with self.assertRaises(AccessError):
            self.env["affairs.meeting.room"].with_user(self.user_a).create(
                {"name": "My room", "capacity": 5}
            )
        with self.assertRaises(AccessError):
            self.room.with_user(self.meeting_staff).write({"capacity": 500})
        with self.assertRaises(AccessError):
            self.env.ref("affairs_meeting.print_price_a4_mono").with_user(
                self.print_staff
            ).write({"unit_price": 0})
        self.room.with_user(self.manager).write({"capacity": 30})
        self.assertEqual(self.room.capacity, 30)

    def test_print_jobs_per_agency(self):
        Job = self.env["affairs.print.job"]
        vals = {"title": "Report", "pages": 1, "copies": 1, "deadline": "2030-01-01"}
        mine = Job.with_user(self.user_a).create(
            dict(vals, requester_id=self.employee_a.id)
        )
        theirs = Job.with_user(self.user_b).create(
            dict(vals, requester_id=self.employee_b.id)
        )
        domain = [("id", "in", (mine | theirs).ids)]
        self.assertEqual(Job.with_user(self.user_a).search(domain), mine)
        self.assertEqual(Job.with_user(self.print_staff).search(domain), mine | theirs)
        with self.assertRaises(AccessError):
            mine.with_user(self.user_a).unlink()
