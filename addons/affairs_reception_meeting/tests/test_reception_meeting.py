# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime

from odoo.exceptions import ValidationError

from odoo.addons.affairs_base.tests.common import AffairsCommon


class TestReceptionMeeting(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agency = cls.agency_a
        cls.host = cls.env["hr.employee"].create(
            {"name": "Host", "department_id": cls.agency.id}
        )
        Room = cls.env["affairs.meeting.room"]
        cls.room = Room.create(
            {
                "name": "第一会议室",
                "capacity": 30,
                "hour_open": 0,
                "hour_close": 24,
                "cleanup_minutes": 30,
            }
        )
        cls.hall = Room.create(
            {
                "name": "大礼堂",
                "capacity": 300,
                "hour_open": 0,
                "hour_close": 24,
                "needs_approval": True,
            }
        )
        cls.visitor = cls.env["res.partner"].create(
            {"name": "省发改委", "is_company": True}
        )

    def _reception(self):
        return self.env["affairs.reception"].create(
            {
                "visiting_partner_id": self.visitor.id,
                "letter_number": "省发改函〔2026〕8号",
                "letter_date": "2026-11-01",
                "letter_file": base64.b64encode(b"%PDF-1.4 letter"),
                "purpose": "调研",
                "host_agency_id": self.agency.id,
                "host_employee_id": self.host.id,
                "date_arrival": datetime(2030, 12, 2, 8, 0),
                "date_departure": datetime(2030, 12, 3, 18, 0),
            }
        )

    def _activity(self, reception, room, start, end):
        return self.env["affairs.reception.activity"].create(
            {
                "reception_id": reception.id,
                "name": "座谈会",
                "meeting_room_id": room.id,
                "date_start": start,
                "date_end": end,
            }
        )

    def test_itinerary_meeting_books_the_room(self):
        reception = self._reception()
        activity = self._activity(
            reception, self.room, datetime(2030, 12, 2, 9), datetime(2030, 12, 2, 11)
        )
        booking = activity.meeting_booking_id
        self.assertEqual(booking.state, "approved")
        self.assertEqual(booking.room_id, self.room)
        self.assertEqual(booking.agency_id, self.agency)
        self.assertEqual(booking.organizer_id, self.host)
        # The hall needs the bureau's approval: submitted.
        in_hall = self._activity(
            reception, self.hall, datetime(2030, 12, 2, 14), datetime(2030, 12, 2, 16)
        )
        self.assertEqual(in_hall.meeting_booking_id.state, "submitted")

    def test_room_never_booked_twice_with_buffers(self):
        first, second = self._reception(), self._reception()
        self._activity(
            first, self.room, datetime(2030, 12, 2, 9), datetime(2030, 12, 2, 11)
        )
        # 11:00 is within the 30 minutes of clean-up.
        with (
            self.assertRaisesRegex(ValidationError, "第一会议室"),
            self.env.cr.savepoint(),
        ):
            self._activity(
                second, self.room, datetime(2030, 12, 2, 11), datetime(2030, 12, 2, 12)
            )
        # A booking of the meeting centre at that time is refused as well.
        booking = self.env["affairs.meeting.booking"].create(
            {
                "subject": "局务会",
                "room_id": self.room.id,
                "organizer_id": self.host.id,
                "date_start": datetime(2030, 12, 2, 10),
                "date_end": datetime(2030, 12, 2, 12),
            }
        )
        with self.assertRaises(ValidationError):
            booking.action_confirm()

    def test_moved_or_cancelled_activity_frees_the_room(self):
        reception = self._reception()
        activity = self._activity(
            reception, self.room, datetime(2030, 12, 2, 9), datetime(2030, 12, 2, 11)
        )
        old = activity.meeting_booking_id
        activity.write(
            {
                "date_start": datetime(2030, 12, 2, 14),
                "date_end": datetime(2030, 12, 2, 15),
            }
        )
        self.assertEqual(old.state, "cancel")
        self.assertEqual(
            activity.meeting_booking_id.date_start, datetime(2030, 12, 2, 14)
        )
        reception.action_cancel()
        self.assertEqual(activity.meeting_booking_id.state, "cancel")
        other = self._reception()
        self._activity(
            other, self.room, datetime(2030, 12, 2, 14), datetime(2030, 12, 2, 15)
        )

    def test_property_room_field_retired(self):
        """With affairs_reception_property installed, its own room column is
        hidden on the itinerary and its list of bookings leaves the menu."""
        arch = self.env["affairs.reception"].get_view(view_type="form")["arch"]
        self.assertIn('name="meeting_room_id"', arch)
        # No visible column of the property register's room (hidden, or
        # absent when affairs_reception_property is not installed).
        self.assertNotRegex(arch, r'<field name="room_id"(?![^>]*column_invisible="1")')
        menu = self.env.ref(
            "affairs_reception_property.affairs_reception_activity_menu_room",
            raise_if_not_found=False,
        )
        if menu:
            self.assertIn(menu.id, self.env["ir.ui.menu"]._load_menus_blacklist())
