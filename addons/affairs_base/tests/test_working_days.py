# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.exceptions import UserError

from .common import AffairsCommon


def working_calendar(env, name="Bureau hours (Shanghai)"):
    """An 8-12 / 13-17 Monday-Friday calendar in Asia/Shanghai."""
    return env["resource.calendar"].create(
        {
            "name": name,
            "tz": "Asia/Shanghai",
            "attendance_ids": [
                (
                    0,
                    0,
                    {
                        "name": f"{day} {period}",
                        "dayofweek": str(day),
                        "hour_from": start,
                        "hour_to": end,
                        "day_period": period,
                    },
                )
                for day in range(5)
                for period, start, end in (("morning", 8, 12), ("afternoon", 13, 17))
            ],
        }
    )


class TestWorkingDays(AffairsCommon):
    """China's working days: holidays off, make-up weekend days (调休) worked."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.calendar = working_calendar(cls.env)
        cls.env.company.resource_calendar_id = cls.calendar
        cls.calendar._affairs_generate_cn_holidays([2026])

    def test_library_knows_national_day_2026(self):
        """The library gives 1-7 October off and two make-up days around them."""
        makeups = self.calendar.affairs_makeup_day_ids.mapped("date")
        # State Council notice on the 2026 holidays: 9月20日(周日)、10月10日(周六)上班.
        self.assertIn(date(2026, 9, 20), makeups)
        self.assertIn(date(2026, 10, 10), makeups)
        self.assertNotIn(date(2026, 9, 27), makeups, "27 September is a Sunday off")
        holidays = self.env["resource.calendar.leaves"].search(
            [("calendar_id", "=", self.calendar.id), ("affairs_generated", "=", True)]
        )
        days = set(holidays.mapped("affairs_date"))
        for day in (1, 2, 3, 5, 6, 7):  # 4 October is a Sunday anyway
            self.assertIn(date(2026, 10, day), days)
        self.assertIn(date(2026, 9, 25), days, "Mid-Autumn Festival")
        self.assertNotIn(date(2026, 10, 8), days)

    def test_add_working_days_across_national_day(self):
        add = self.calendar.affairs_add_working_days
        # Wednesday 30 September + 1 working day: 1-7 October are off.
        self.assertEqual(add(date(2026, 9, 30), 1), date(2026, 10, 8))
        # Friday 9 October + 1: Saturday 10 October is a make-up working day.
        self.assertEqual(add(date(2026, 10, 9), 1), date(2026, 10, 10))
        self.assertEqual(add(date(2026, 10, 10), 1), date(2026, 10, 12))
        # Sunday 20 September is worked too.
        self.assertEqual(add(date(2026, 9, 19), 1), date(2026, 9, 20))
        # Backwards: one working day before Thursday 8 October is 30 September.
        self.assertEqual(add(date(2026, 10, 8), -1), date(2026, 9, 30))
        self.assertEqual(add(date(2026, 10, 12), -1), date(2026, 10, 10))
        # Outside the holidays the week is Monday-Friday.
        self.assertEqual(add(date(2026, 3, 6), 1), date(2026, 3, 9))
        self.assertEqual(add(date(2026, 3, 6), 0), date(2026, 3, 6))

    def test_count_working_days(self):
        count = self.calendar.affairs_count_working_days
        # 28-30 Sep (3) + 8, 9 and Saturday 10 Oct (3); 1-7 Oct and 11 Oct off.
        self.assertEqual(count(date(2026, 9, 28), date(2026, 10, 11)), 6)
        self.assertEqual(count(date(2026, 10, 1), date(2026, 10, 7)), 0)
        self.assertEqual(count(date(2026, 10, 12), date(2026, 10, 11)), 0)
        # A whole year, as the library counts it: 248 working days in 2026.
        self.assertEqual(count(date(2026, 1, 1), date(2026, 12, 31)), 248)

    def test_without_holidays_the_week_rules(self):
        plain = working_calendar(self.env, "No holidays")
        self.assertEqual(
            plain.affairs_add_working_days(date(2026, 9, 30), 1), date(2026, 10, 1)
        )
        self.assertEqual(
            plain.affairs_add_working_days(date(2026, 10, 9), 1), date(2026, 10, 12)
        )

    def test_managers_edit_the_days(self):
        """A make-up day removed by a manager is no longer worked."""
        makeup = self.calendar.affairs_makeup_day_ids.filtered(
            lambda day: day.date == date(2026, 10, 10)
        )
        makeup.with_user(self.manager).unlink()
        self.assertEqual(
            self.calendar.affairs_add_working_days(date(2026, 10, 9), 1),
            date(2026, 10, 12),
        )
        # The generation does not bring it back (the year is generated) ...
        self.calendar._affairs_generate_cn_holidays([2026])
        self.assertNotIn(
            date(2026, 10, 10), self.calendar.affairs_makeup_day_ids.mapped("date")
        )
        # ... unless a manager reloads the year from the library.
        self.calendar.with_user(self.manager)._affairs_generate_cn_holidays(
            [2026], reload=True
        )
        self.assertIn(
            date(2026, 10, 10), self.calendar.affairs_makeup_day_ids.mapped("date")
        )
        with self.assertRaises(Exception):
            self.env["affairs.makeup.workday"].with_user(self.user_a).create(
                {"date": date(2026, 11, 7), "calendar_id": self.calendar.id}
            )

    def test_absurd_spans_refused(self):
        with self.assertRaisesRegex(UserError, "not a plausible span"):
            self.calendar.affairs_add_working_days(date(2026, 1, 1), 10**9)
        with self.assertRaisesRegex(UserError, "not a plausible span"):
            self.calendar.affairs_count_working_days(date(1900, 1, 1), date(9999, 1, 1))
        with self.assertRaisesRegex(UserError, "not a plausible promised time"):
            self.calendar.affairs_add_working_hours(datetime(2026, 1, 5), 10**6)

    def test_working_hours_across_the_make_up_saturday(self):
        """Friday 9 October 16:00 Shanghai + 4 hours: 1 h Friday, 3 h Saturday."""
        start = datetime(2026, 10, 9, 8, 0)  # 16:00 in Shanghai (UTC+8)
        self.assertEqual(
            self.calendar.affairs_add_working_hours(start, 4),
            datetime(2026, 10, 10, 3, 0),
        )  # Saturday 11:00 Shanghai
        # Wednesday 30 September 16:00 + 2 hours: 8 October 09:00 Shanghai.
        self.assertEqual(
            self.calendar.affairs_add_working_hours(datetime(2026, 9, 30, 8, 0), 2),
            datetime(2026, 10, 8, 1, 0),
        )
