# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo import Command

from .common import MeetingCommon


class TestRoomUtilisation(MeetingCommon):
    """Occupancy per room and month, against figures computed by hand."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.partner_id.tz = "Asia/Shanghai"
        Room = cls.env["affairs.meeting.room"].with_user(cls.manager)
        # Open 08:00-18:00 (Shanghai), Monday to Friday: 10 hours a working day.
        cls.office_room = Room.create(
            {"name": "第二会议室", "capacity": 20, "hour_open": 8, "hour_close": 18}
        )
        saturdays = cls.env["resource.calendar"].create(
            {
                "name": "Saturdays",
                "attendance_ids": [
                    Command.clear(),
                    Command.create(
                        {
                            "name": "Saturday",
                            "dayofweek": "5",
                            "hour_from": 8,
                            "hour_to": 18,
                        }
                    ),
                ],
            }
        )
        cls.weekend_room = Room.create(
            {
                "name": "周末活动室",
                "capacity": 20,
                "hour_open": 8,
                "hour_close": 18,
                "resource_calendar_id": saturdays.id,
            }
        )
        cls.user_a.tz = "Asia/Shanghai"

    def _book_confirmed(self, room, start, hours):
        booking = self._book(room=room, start=start, hours=hours)
        booking.action_confirm()
        return booking

    def _rows(self, room):
        return {
            row.month: row
            for row in self.env["affairs.meeting.room.utilisation"].search(
                [("room_id", "=", room.id)]
            )
        }

    def test_occupancy_rate_per_month(self):
        # 2030-03-04 and 05 (Mon, Tue) 09:00 and 13:00 Shanghai = 01:00 and
        # 05:00 UTC: 2 + 3 hours booked.
        self._book_confirmed(self.office_room, datetime(2030, 3, 4, 1, 0), 2)
        done = self._book_confirmed(self.office_room, datetime(2030, 3, 5, 5, 0), 3)
        done.action_check_in()
        done.action_done()
        # Not counted: a draft and a cancelled booking.
        self._book(room=self.office_room, start=datetime(2030, 3, 6, 1, 0), hours=4)
        cancelled = self._book_confirmed(
            self.office_room, datetime(2030, 3, 7, 1, 0), 4
        )
        cancelled.action_cancel()
        # 2030-04-01 08:30 Shanghai is 2030-03-31 00:30 UTC: an April booking.
        self._book_confirmed(self.office_room, datetime(2030, 4, 1, 0, 30), 1)
        rows = self._rows(self.office_room)
        march, april = rows[date(2030, 3, 1)], rows[date(2030, 4, 1)]
        # March 2030: 21 working days x 10 hours = 210 hours; 5 hours booked.
        self.assertEqual(march.booking_count, 2)
        self.assertAlmostEqual(march.booked_hours, 5.0)
        self.assertEqual(march.open_days, 21)
        self.assertAlmostEqual(march.opening_hours, 210.0)
        self.assertAlmostEqual(march.occupancy_rate, 100 * 5 / 210)
        # April 2030: 22 working days x 10 hours; 1 hour booked.
        self.assertEqual(april.open_days, 22)
        self.assertAlmostEqual(april.occupancy_rate, 100 * 1 / 220)

    def test_working_calendar_of_the_room(self):
        """A room open on Saturdays only: 5 Saturdays in March 2030, 50 hours."""
        # Saturday 2030-03-09, 09:00-13:00 Shanghai.
        self._book_confirmed(self.weekend_room, datetime(2030, 3, 9, 1, 0), 4)
        march = self._rows(self.weekend_room)[date(2030, 3, 1)]
        self.assertEqual(march.open_days, 5)
        self.assertAlmostEqual(march.opening_hours, 50.0)
        self.assertAlmostEqual(march.occupancy_rate, 8.0)

    def test_china_holidays_and_make_up_days_of_the_company_calendar(self):
        """A room without a calendar of its own opens on the company's
        working days: public holidays off, make-up Saturdays (调休) open."""
        calendar = self.env.company.resource_calendar_id
        calendar.tz = "Asia/Shanghai"
        # Wednesday 6 and Thursday 7 March 2030 off (00:00 Shanghai is 16:00
        # UTC the day before), Saturday 9 March worked instead.
        self.env["resource.calendar.leaves"].create(
            {
                "name": "假日",
                "calendar_id": calendar.id,
                "date_from": datetime(2030, 3, 5, 16, 0),
                "date_to": datetime(2030, 3, 7, 16, 0),
            }
        )
        self.env["affairs.makeup.workday"].create(
            {"date": date(2030, 3, 9), "calendar_id": calendar.id}
        )
        self._book_confirmed(self.office_room, datetime(2030, 3, 4, 1, 0), 2)
        march = self._rows(self.office_room)[date(2030, 3, 1)]
        # 21 weekdays - 2 holidays + 1 make-up day = 20 days, 200 hours.
        self.assertEqual(march.open_days, 20)
        self.assertAlmostEqual(march.occupancy_rate, 100 * 2 / 200)
        # The room's own calendar (Saturdays only) has no holiday: unchanged.
        self._book_confirmed(self.weekend_room, datetime(2030, 3, 9, 1, 0), 4)
        self.assertEqual(self._rows(self.weekend_room)[date(2030, 3, 1)].open_days, 5)

    def test_pivot_groups_by_room_and_month(self):
        self._book_confirmed(self.office_room, datetime(2030, 3, 4, 1, 0), 2)
        self._book_confirmed(self.weekend_room, datetime(2030, 3, 9, 1, 0), 4)
        groups = self.env["affairs.meeting.room.utilisation"].formatted_read_group(
            [("room_id", "in", (self.office_room | self.weekend_room).ids)],
            ["room_id", "month:month"],
            ["occupancy_rate:avg", "booked_hours:sum"],
        )
        rates = {group["room_id"][0]: group["occupancy_rate:avg"] for group in groups}
        self.assertAlmostEqual(rates[self.office_room.id], 100 * 2 / 210)
        self.assertAlmostEqual(rates[self.weekend_room.id], 8.0)

    def test_meeting_staff_read_the_report_agency_users_do_not(self):
        self._book_confirmed(self.office_room, datetime(2030, 3, 4, 1, 0), 2)
        Report = self.env["affairs.meeting.room.utilisation"]
        self.assertTrue(
            Report.with_user(self.meeting_staff).search(
                [("room_id", "=", self.office_room.id)]
            )
        )
        self.assertFalse(
            Report.with_user(self.user_a).has_access("read"),
        )
