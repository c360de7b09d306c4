# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime

from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from odoo.addons.affairs_base.tests.common import AffairsCommon


class TestRoomBooking(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agency = cls.agency_a
        cls.host = cls.env["hr.employee"].create(
            {"name": "Host", "department_id": cls.agency.id}
        )
        building = cls.env["affairs.building"].create({"name": "1号楼"})
        Room = cls.env["affairs.room"]
        cls.meeting_room, cls.other_room = Room.create(
            [
                {
                    "building_id": building.id,
                    "name": "101",
                    "usage": "meeting",
                    "usable_area": 60,
                },
                {
                    "building_id": building.id,
                    "name": "102",
                    "usage": "meeting",
                    "usable_area": 40,
                },
            ]
        )
        cls.office = Room.create(
            {
                "building_id": building.id,
                "name": "201",
                "usage": "office",
                "usable_area": 18,
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
                "date_arrival": datetime(2026, 12, 1, 8, 0),
                "date_departure": datetime(2026, 12, 2, 18, 0),
            }
        )

    def _activity(self, reception, room, start, end):
        return self.env["affairs.reception.activity"].create(
            {
                "reception_id": reception.id,
                "name": "座谈会",
                "room_id": room.id,
                "date_start": start,
                "date_end": end,
            }
        )

    def test_room_booked_once(self):
        first, second = self._reception(), self._reception()
        self._activity(
            first,
            self.meeting_room,
            datetime(2026, 12, 1, 9),
            datetime(2026, 12, 1, 11),
        )
        with (
            self.assertRaisesRegex(ValidationError, "already booked"),
            self.env.cr.savepoint(),
        ):
            self._activity(
                second,
                self.meeting_room,
                datetime(2026, 12, 1, 10),
                datetime(2026, 12, 1, 12),
            )
        # back to back and another room are fine
        self._activity(
            second,
            self.meeting_room,
            datetime(2026, 12, 1, 11),
            datetime(2026, 12, 1, 12),
        )
        self._activity(
            second,
            self.other_room,
            datetime(2026, 12, 1, 10),
            datetime(2026, 12, 1, 12),
        )

    def test_database_refuses_double_booking(self):
        """Even when the Python check is bypassed (two sessions saving at once),
        PostgreSQL refuses the overlapping booking."""
        first, second = self._reception(), self._reception()
        self._activity(
            first,
            self.meeting_room,
            datetime(2026, 12, 1, 9),
            datetime(2026, 12, 1, 11),
        )
        other = self._activity(
            second,
            self.other_room,
            datetime(2026, 12, 1, 10),
            datetime(2026, 12, 1, 12),
        )
        self.env.flush_all()
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self.env.cr.execute(
                "UPDATE affairs_reception_activity SET room_id = %s WHERE id = %s",
                [self.meeting_room.id, other.id],
            )

    def test_cancelled_reception_frees_the_room(self):
        first, second = self._reception(), self._reception()
        booking = self._activity(
            first,
            self.meeting_room,
            datetime(2026, 12, 1, 9),
            datetime(2026, 12, 1, 11),
        )
        first.action_cancel()
        self.assertFalse(booking.room_booked)
        self._activity(
            second,
            self.meeting_room,
            datetime(2026, 12, 1, 9),
            datetime(2026, 12, 1, 11),
        )

    def test_only_meeting_rooms_not_under_repair(self):
        reception = self._reception()
        with (
            self.assertRaisesRegex(ValidationError, "not a meeting room"),
            self.env.cr.savepoint(),
        ):
            self._activity(
                reception,
                self.office,
                datetime(2026, 12, 1, 9),
                datetime(2026, 12, 1, 11),
            )
        self.other_room.state = "repair"
        with (
            self.assertRaisesRegex(ValidationError, "under repair"),
            self.env.cr.savepoint(),
        ):
            self._activity(
                reception,
                self.other_room,
                datetime(2026, 12, 1, 9),
                datetime(2026, 12, 1, 11),
            )
