# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form
from odoo.tools import mute_logger

from odoo.addons.affairs_meeting.tests.common import MeetingCommon


class TestMeetingProperty(MeetingCommon):
    """A meeting room is a room of the register, recorded once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.building = cls.env["affairs.building"].create(
            {"name": "综合办公楼", "code": "B1", "address": "人民路1号"}
        )
        Room = cls.env["affairs.room"]
        cls.register_room = Room.create(
            {
                "building_id": cls.building.id,
                "name": "210",
                "floor": 2,
                "usable_area": 60,
                "usage": "meeting",
            }
        )
        cls.office = Room.create(
            {
                "building_id": cls.building.id,
                "name": "211",
                "floor": 2,
                "usable_area": 18,
                "usage": "office",
                "agency_id": cls.agency_a.id,
            }
        )

    def _meeting_room(self, register_room, **values):
        return (
            self.env["affairs.meeting.room"]
            .with_user(self.manager)
            .create({"property_room_id": register_room.id, "capacity": 30, **values})
        )

    def test_name_and_location_from_the_register(self):
        room = self._meeting_room(self.register_room)
        self.assertEqual(room.name, "B1-210")
        self.assertEqual(room.location, "综合办公楼, floor 2, room 210 (人民路1号)")
        self.assertEqual(room.capacity, 30)
        # The register is renumbered: the meeting room follows.
        self.register_room.write({"name": "220"})
        self.assertEqual(room.name, "B1-220")
        self.assertIn("room 220", room.location)
        # A booking of the room shows the register's name.
        booking = self._book(room=room)
        self.assertEqual(booking.room_id.name, "B1-220")

    def test_register_room_backs_one_meeting_room(self):
        self._meeting_room(self.register_room)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self._meeting_room(self.register_room)

    def test_only_rooms_registered_for_meetings(self):
        with self.assertRaisesRegex(UserError, "not registered as a meeting room"):
            self.office.action_open_meeting_room()
        with self.assertRaisesRegex(ValidationError, "not as a meeting room"):
            self._meeting_room(self.office)

    def test_register_room_opens_or_creates_its_meeting_room(self):
        action = self.register_room.with_user(self.manager).action_open_meeting_room()
        self.assertFalse(action.get("res_id"))
        self.assertEqual(
            action["context"]["default_property_room_id"], self.register_room.id
        )
        form = Form(
            self.env["affairs.meeting.room"]
            .with_user(self.manager)
            .with_context(action["context"])
        )
        form.capacity = 40
        room = form.save()
        self.assertEqual(room.property_room_id, self.register_room)
        self.assertEqual(room.name, "B1-210")
        self.register_room.invalidate_recordset()
        self.assertEqual(self.register_room.meeting_room_id, room)
        action = self.register_room.with_user(self.manager).action_open_meeting_room()
        self.assertEqual(action["res_id"], room.id)

    def test_meeting_staff_read_the_register_room(self):
        """The meeting centre reads the register room of its meeting rooms
        (held by an agency or not), not the other offices."""
        self.office.usage = "meeting"
        room = self._meeting_room(self.office)
        Room = self.env["affairs.room"].with_user(self.meeting_staff)
        self.assertEqual(
            Room.search([("id", "in", (self.office | self.register_room).ids)]),
            self.office | self.register_room,
        )
        self.assertEqual(
            room.with_user(self.meeting_staff).property_room_id.display_name, "B1-211"
        )
        self.register_room.agency_id = self.agency_b
        self.assertFalse(Room.search([("id", "=", self.register_room.id)]))

    def test_room_without_register_keeps_its_own_name(self):
        self.room.with_user(self.manager).write({"location": "A座3楼"})
        self.assertEqual((self.room.name, self.room.location), ("Room 301", "A座3楼"))
