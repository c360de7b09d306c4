# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""China's working days on the company's working calendar.

Working days follow the calendar's weekly attendances, minus the public
holidays (global ``resource.calendar.leaves``), plus the make-up working
days (调休上班, ``affairs.makeup.workday``). Both come from the ``holidays``
library for the current and next year and stay editable by managers.

Counting never walks day by day: whole weeks are counted arithmetically and
the (few) holidays and make-up days of the span are counted by bisection.
"""

import logging
from bisect import bisect_right
from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

# Plausible bounds: no statutory period or promised time comes near them.
MAX_WORKING_DAYS = 5000  # about 20 years of working days
MAX_SPAN_DAYS = 36600  # about 100 years
MAX_WORKING_HOURS = 2000  # about one year of working hours
DEFAULT_WEEKDAYS = frozenset(range(5))  # Monday-Friday without a calendar


def _weekly_count(after, until, weekdays):
    """Days ``d`` with ``after < d <= until`` whose weekday is in ``weekdays``."""
    span = (until - after).days
    weeks, rest = divmod(span, 7)
    first = after.weekday() + 1
    return weeks * len(weekdays) + sum(
        1 for offset in range(rest) if (first + offset) % 7 in weekdays
    )


class WorkingDays:
    """The working days of one calendar over a window of dates."""

    def __init__(self, weekdays, holidays, makeups):
        self.weekdays = weekdays
        # Only exceptions that change the weekly pattern count.
        self.makeups = sorted(day for day in makeups if day.weekday() not in weekdays)
        self.holidays = sorted(
            day for day in set(holidays) - set(makeups) if day.weekday() in weekdays
        )

    def is_working(self, day):
        if day.weekday() in self.weekdays:
            index = bisect_right(self.holidays, day)
            return not (index and self.holidays[index - 1] == day)
        index = bisect_right(self.makeups, day)
        return bool(index and self.makeups[index - 1] == day)

    def count(self, after, until):
        """Working days ``d`` with ``after < d <= until``."""
        return (
            _weekly_count(after, until, self.weekdays)
            - (bisect_right(self.holidays, until) - bisect_right(self.holidays, after))
            + (bisect_right(self.makeups, until) - bisect_right(self.makeups, after))
        )


class ResourceCalendar(models.Model):
    _inherit = "resource.calendar"

    affairs_makeup_day_ids = fields.One2many(
        "affairs.makeup.workday", "calendar_id", string="Make-up Working Days"
    )

    # ------------------------------------------------------------------
    # Public helpers (an empty recordset means Monday-Friday, no holidays)
    # ------------------------------------------------------------------
    def affairs_count_working_days(self, date_from, date_to):
        """Working days from ``date_from`` to ``date_to``, both included."""
        if not (date_from and date_to) or date_to < date_from:
            return 0
        self._affairs_check_span((date_to - date_from).days, MAX_SPAN_DAYS)
        days = self._affairs_working_days(date_from, date_to)
        return days.count(date_from - timedelta(days=1), date_to)

    def affairs_add_working_days(self, start, days):
        """The date ``days`` working days after ``start`` (before it if < 0).

        ``start`` itself is not counted: one working day after a Friday is
        the next Monday, unless a holiday or a make-up day says otherwise.
        """
        if not start:
            return False
        self._affairs_check_span(abs(days), MAX_WORKING_DAYS)
        if not days:
            return start
        weekdays = self._affairs_weekdays()
        wanted = abs(days)
        # Room for the working days asked plus the holidays they may cross.
        span = (wanted // max(len(weekdays), 1) + 1) * 7
        span += (span // 365 + 1) * 60
        while True:
            self._affairs_check_span(span, MAX_SPAN_DAYS)
            if days > 0:
                window = (start, start + timedelta(days=span))
            else:
                window = (start - timedelta(days=span + 1), start)
            working = self._affairs_working_days(*window)
            if days > 0:
                total = working.count(start, window[1])
            else:
                total = working.count(window[0], start - timedelta(days=1))
            if total >= wanted:
                break
            if not weekdays and not working.makeups:
                raise UserError(
                    self.env._(
                        "The working calendar %(name)s has no working days.",
                        name=self.display_name,
                    )
                )
            span *= 2
        low, high = 1, span  # smallest offset reaching ``wanted`` days
        while low < high:
            middle = (low + high) // 2
            if days > 0:
                reached = working.count(start, start + timedelta(days=middle))
            else:
                reached = working.count(
                    start - timedelta(days=middle + 1), start - timedelta(days=1)
                )
            if reached >= wanted:
                high = middle
            else:
                low = middle + 1
        return start + timedelta(days=low if days > 0 else -low)

    def affairs_add_working_hours(self, start, hours):
        """The UTC datetime ``hours`` working hours after ``start`` (UTC).

        Holidays are skipped and make-up days worked with the hours of the
        calendar's first working weekday.
        """
        if not start or hours <= 0:
            return start
        self._affairs_check_hours(hours)
        if not self:
            return start + timedelta(hours=hours)
        self.ensure_one()
        pattern = self._affairs_day_pattern()
        if not pattern:
            raise UserError(
                self.env._(
                    "The working calendar %(name)s has no working hours.",
                    name=self.display_name,
                )
            )
        makeup_pattern = pattern[min(pattern)]
        tz = pytz.timezone(self.tz or "UTC")
        moment = pytz.utc.localize(start).astimezone(tz)
        day = moment.date()
        daily = min(sum(end - begin for begin, end in p) for p in pattern.values())
        horizon = int(hours / daily * 7 / len(pattern)) + 120
        working = self._affairs_working_days(day, day + timedelta(days=horizon))
        left = hours
        for offset in range(horizon + 1):
            current = day + timedelta(days=offset)
            if not working.is_working(current):
                continue
            intervals = pattern.get(current.weekday(), makeup_pattern)
            midnight = tz.localize(datetime.combine(current, time.min))
            for begin, end in intervals:
                interval_start = max(midnight + timedelta(hours=begin), moment)
                interval_end = midnight + timedelta(hours=end)
                if interval_end <= interval_start:
                    continue
                available = (interval_end - interval_start).total_seconds() / 3600
                if available >= left:
                    result = interval_start + timedelta(hours=left)
                    return result.astimezone(pytz.utc).replace(tzinfo=None)
                left -= available
        raise UserError(self.env._("The working time asked for is too long."))

    # ------------------------------------------------------------------
    # Internals
    # ------------------------------------------------------------------
    def _affairs_check_span(self, span, maximum):
        if span > maximum:
            raise UserError(
                self.env._(
                    "%(days)s days is not a plausible span for working days "
                    "(at most %(maximum)s).",
                    days=span,
                    maximum=maximum,
                )
            )

    def _affairs_check_hours(self, hours):
        if hours > MAX_WORKING_HOURS:
            raise UserError(
                self.env._(
                    "%(hours)s working hours is not a plausible promised time "
                    "(at most %(maximum)s).",
                    hours=hours,
                    maximum=MAX_WORKING_HOURS,
                )
            )

    def _affairs_attendances(self):
        self.ensure_one()
        return self.attendance_ids.filtered(
            lambda att: (
                not att.display_type
                and att.day_period != "lunch"
                and att.hour_to > att.hour_from
            )
        )

    def _affairs_weekdays(self):
        """Weekdays (0 = Monday) with working time."""
        if not self:
            return DEFAULT_WEEKDAYS
        return frozenset(int(att.dayofweek) for att in self._affairs_attendances())

    def _affairs_day_pattern(self):
        """``{weekday: [(hour_from, hour_to), ...]}`` of the attendances."""
        pattern = {}
        for att in self._affairs_attendances().sorted("hour_from"):
            pattern.setdefault(int(att.dayofweek), []).append(
                (att.hour_from, min(att.hour_to, 24.0))
            )
        return pattern

    def _affairs_working_days(self, date_from, date_to):
        """The ``WorkingDays`` of the calendar between two dates (included)."""
        weekdays = self._affairs_weekdays()
        if not self:
            return WorkingDays(weekdays, [], [])
        self.ensure_one()
        tz = pytz.timezone(self.tz or "UTC")

        def to_utc(day, moment):
            local = tz.localize(datetime.combine(day, moment))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        leaves = self.env["resource.calendar.leaves"].search(
            [
                ("calendar_id", "in", [self.id, False]),
                ("company_id", "in", [self.company_id.id, False]),
                ("resource_id", "=", False),
                ("time_type", "=", "leave"),
                ("date_from", "<=", to_utc(date_to, time.max)),
                ("date_to", ">=", to_utc(date_from, time.min)),
            ]
        )
        holidays = set()
        for leave in leaves:
            first = pytz.utc.localize(leave.date_from).astimezone(tz).date()
            last_moment = pytz.utc.localize(leave.date_to).astimezone(tz)
            last = last_moment.date()
            if last_moment.time() == time.min and last > first:
                last -= timedelta(days=1)
            first, last = max(first, date_from), min(last, date_to)
            holidays.update(
                first + timedelta(days=n) for n in range((last - first).days + 1)
            )
        makeups = self.env["affairs.makeup.workday"].search(
            [
                ("calendar_id", "=", self.id),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ]
        )
        return WorkingDays(weekdays, holidays, makeups.mapped("date"))

    # ------------------------------------------------------------------
    # China's public holidays and make-up days (library ``holidays``)
    # ------------------------------------------------------------------
    def action_affairs_load_cn_holidays(self):
        """Reload China's holidays of the current and next year (managers)."""
        today = fields.Date.context_today(self)
        self._affairs_generate_cn_holidays([today.year, today.year + 1], reload=True)
        return True

    @api.model
    def _cron_affairs_cn_holidays(self):
        """Fill the years not generated yet on every company's calendar."""
        today = fields.Date.context_today(self)
        calendars = self.env["res.company"].search([]).resource_calendar_id
        calendars._affairs_generate_cn_holidays([today.year, today.year + 1])

    def _affairs_generate_cn_holidays(self, years, reload=False):
        """Public holidays and make-up working days of China for ``years``.

        A year already generated on a calendar is left as managers edited it,
        unless ``reload`` replaces what was generated (manual rows stay).
        """
        import holidays as holidays_lib

        Leave = self.env["resource.calendar.leaves"]
        Makeup = self.env["affairs.makeup.workday"]
        for calendar in self:
            tz = pytz.timezone(calendar.tz or "UTC")
            lang = "zh_CN" if (self.env.lang or "").startswith("zh") else "en_US"
            for year in years:
                start, end = (
                    fields.Date.to_date(f"{year}-01-01"),
                    fields.Date.to_date(f"{year}-12-31"),
                )
                generated = Leave.search(
                    [
                        ("calendar_id", "=", calendar.id),
                        ("affairs_generated", "=", True),
                        ("affairs_date", ">=", start),
                        ("affairs_date", "<=", end),
                    ]
                )
                generated_days = Makeup.search(
                    [
                        ("calendar_id", "=", calendar.id),
                        ("is_generated", "=", True),
                        ("date", ">=", start),
                        ("date", "<=", end),
                    ]
                )
                if (generated or generated_days) and not reload:
                    continue
                generated.unlink()
                generated_days.unlink()
                china = holidays_lib.China(years=year, language=lang)
                kept = set(
                    Leave.search(
                        [
                            ("calendar_id", "=", calendar.id),
                            ("affairs_date", ">=", start),
                            ("affairs_date", "<=", end),
                        ]
                    ).mapped("affairs_date")
                )
                leave_vals = []
                for day, name in sorted(china.items()):
                    if day.year != year or day in kept:
                        continue
                    local_from = tz.localize(datetime.combine(day, time.min))
                    local_to = tz.localize(datetime.combine(day, time(23, 59, 59)))
                    leave_vals.append(
                        {
                            "name": name,
                            "calendar_id": calendar.id,
                            "company_id": calendar.company_id.id,
                            "date_from": local_from.astimezone(pytz.utc).replace(
                                tzinfo=None
                            ),
                            "date_to": local_to.astimezone(pytz.utc).replace(
                                tzinfo=None
                            ),
                            "time_type": "leave",
                            "affairs_generated": True,
                        }
                    )
                Leave.create(leave_vals)
                manual_days = set(
                    Makeup.search(
                        [
                            ("calendar_id", "=", calendar.id),
                            ("date", ">=", start),
                            ("date", "<=", end),
                        ]
                    ).mapped("date")
                )
                Makeup.create(
                    [
                        {
                            "date": day,
                            "calendar_id": calendar.id,
                            "is_generated": True,
                        }
                        for day in sorted(china.weekend_workdays)
                        if day.year == year and day not in manual_days
                    ]
                )
                _logger.info(
                    "China's holidays %s generated on calendar %s: %s days off, "
                    "%s make-up working days",
                    year,
                    calendar.display_name,
                    len(leave_vals),
                    len([d for d in china.weekend_workdays if d.year == year]),
                )
