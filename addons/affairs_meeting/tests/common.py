# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta

from odoo.tests import new_test_user

from odoo.addons.affairs_base.tests.common import AffairsCommon


class MeetingCommon(AffairsCommon):
    """Two rooms (one needing approval), meeting and printing staff."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.meeting_staff = new_test_user(
            cls.env,
            "meeting_staff",
            groups="affairs_meeting.group_meeting_staff",
            name="Meeting Staff",
        )
        cls.print_staff = new_test_user(
            cls.env,
            "print_staff",
            groups="affairs_meeting.group_print_staff",
            name="Print Staff",
        )
        cls.print_cleared = new_test_user(
            cls.env,
            "print_cleared",
            groups="affairs_meeting.group_print_cleared",
            name="Print Cleared",
        )
        Room = cls.env["affairs.meeting.room"].with_user(cls.manager)
        cls.room = Room.create(
            {
                "name": "Room 301",
                "capacity": 20,
                "hour_open": 0,
                "hour_close": 24,
                "setup_minutes": 30,
                "cleanup_minutes": 15,
            }
        )
        cls.hall = Room.create(
            {
                "name": "Hall",
                "capacity": 200,
                "hour_open": 0,
                "hour_close": 24,
                "needs_approval": True,
            }
        )
        # A fixed Monday in the future, 09:00 (naive UTC as stored).
        cls.day = datetime(2030, 3, 4, 9, 0)

    @classmethod
    def _fee_meeting(cls, **values):
        """A class 3 meeting (三类会议) booked at the national caps: 10
        attendees over 2 days, 20 person-days at 340 / 130 / 80."""
        vals = {
            "fee_category": "class_3",
            "meeting_days": 2,
            "attendee_count": 10,
            "budget_lodging": 340 * 20,
            "budget_meals": 130 * 20,
            "budget_other": 80 * 20,
        }
        vals.update(values)
        return cls._book(**vals)

    @classmethod
    def _book(cls, user=None, room=None, start=None, hours=2, **values):
        user = user or cls.user_a
        start = start or cls.day
        vals = {
            "subject": "Budget meeting",
            "room_id": (room or cls.room).id,
            "date_start": start,
            "date_end": start + timedelta(hours=hours),
            "attendee_count": 10,
        }
        if user == cls.user_a:
            vals["organizer_id"] = cls.employee_a.id
        elif user == cls.user_b:
            vals["organizer_id"] = cls.employee_b.id
        vals.update(values)
        return cls.env["affairs.meeting.booking"].with_user(user).create(vals)
