# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: the availability check, the monthly settlement, the month's
timeline and the room utilisation report cost the same number of queries
with 200 and with 2,000 bookings of 50 rooms in the month. Prints its figures
(queries and seconds per size)."""

import time
from datetime import datetime, timedelta

from odoo.tests import TransactionCase

ROOMS = 50
SMALL, LARGE = 200, 2000


class TestMeetingBenchmark(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.agencies = cls.env["hr.department"].create(
            [
                {
                    "name": f"Bench agency {i}",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                }
                for i in range(5)
            ]
        )
        cls.employees = cls.env["hr.employee"].create(
            [
                {"name": f"Bench cadre {i}", "department_id": agency.id}
                for i, agency in enumerate(cls.agencies)
            ]
        )
        cls.rooms = cls.env["affairs.meeting.room"].create(
            [
                {
                    "name": f"Bench room {i}",
                    "capacity": 50,
                    "hour_open": 0,
                    "hour_close": 24,
                    "hourly_fee": 50,
                }
                for i in range(ROOMS)
            ]
        )
        cls.item = cls.env.ref("affairs_meeting.service_item_tea")

    def _fill(self, count, month_start):
        """``count`` confirmed bookings over the month, one hour each."""
        vals_list = []
        for index in range(count):
            slot, room = divmod(index, ROOMS)
            # 10 one-hour slots per day and room, from 08:00.
            day, hour = divmod(slot, 10)
            start = month_start + timedelta(days=day, hours=8 + hour)
            employee = self.employees[index % len(self.employees)]
            vals_list.append(
                {
                    "subject": f"Bench {index}",
                    "room_id": self.rooms[room].id,
                    "organizer_id": employee.id,
                    "date_start": start,
                    "date_end": start + timedelta(minutes=50),
                    "service_line_ids": [(0, 0, {"item_id": self.item.id})],
                }
            )
        bookings = self.env["affairs.meeting.booking"].create(vals_list)
        bookings.action_confirm()
        return bookings

    def _measure(self, func):
        self.env.flush_all()
        self.env.invalidate_all()
        before, start = self.env.cr.sql_log_count, time.perf_counter()
        func()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before, time.perf_counter() - start

    def _run(self, count, month_start):
        self._fill(count, month_start)
        probe = self.env["affairs.meeting.booking"].create(
            {
                "subject": "Probe",
                "room_id": self.rooms[0].id,
                "organizer_id": self.employees[0].id,
                "date_start": month_start + timedelta(days=40),
                "date_end": month_start + timedelta(days=40, hours=1),
            }
        )
        availability = self._measure(probe._affairs_check_overlap)
        Settlement = self.env["affairs.meeting.settlement"]
        settlement = self._measure(lambda: Settlement.action_settle_month(month_start))
        timeline = self._measure(
            lambda: self.env["affairs.meeting.booking"].web_search_read(
                [
                    ("date_start", ">=", month_start),
                    ("date_start", "<", month_start + timedelta(days=31)),
                ],
                {
                    "subject": {},
                    "room_id": {"fields": {"display_name": {}}},
                    "agency_id": {"fields": {"display_name": {}}},
                    "state": {},
                    "buffer_start": {},
                    "buffer_end": {},
                },
            )
        )
        utilisation = self._measure(
            lambda: self.env["affairs.meeting.room.utilisation"].formatted_read_group(
                [("month", "=", month_start)],
                ["room_id"],
                ["occupancy_rate:avg", "booked_hours:sum", "booking_count:sum"],
            )
        )
        return availability, settlement, timeline, utilisation

    def test_queries_do_not_grow_with_bookings(self):
        small = self._run(SMALL, datetime(2031, 1, 1))
        large = self._run(LARGE, datetime(2031, 3, 1))
        labels = (
            "availability check",
            "monthly settlement",
            "month's timeline",
            "room utilisation report",
        )
        for label, (q_small, t_small), (q_large, t_large) in zip(
            labels, small, large, strict=True
        ):
            print(
                f"affairs_meeting benchmark, {ROOMS} rooms, {label}: {SMALL} bookings "
                f"{q_small} queries {t_small:.3f} s; {LARGE:,} bookings {q_large} "
                f"queries {t_large:.3f} s"
            )
            self.assertLessEqual(
                q_large, q_small, f"{label}: queries grow with bookings"
            )
        # The report is one grouped query over the bookings, whatever their count.
        self.assertEqual(small[-1][0], large[-1][0], "room utilisation report")
