# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.tools import SQL

# Bookings whose hours count as the room's use.
USED_STATES = ("approved", "in_use", "done")


class AffairsMeetingRoomUtilisation(models.Model):
    """Occupancy of the meeting rooms per month (会议室使用率), a report.

    One row per room and month in which it was booked: the hours of its
    confirmed, checked-in and done bookings against its opening hours of the
    month (opening to closing time on each working day: China's working days
    of the room's working calendar, or else of the company's: its weekdays
    less the public holidays, plus the make-up working days (调休); Monday
    to Friday when there is no calendar at all). Computed in one query
    from the bookings, like Odoo's own reports (``_auto = False``).
    """

    _name = "affairs.meeting.room.utilisation"
    _description = "Meeting Room Utilisation"
    _auto = False
    _order = "month desc, room_id"
    _rec_name = "room_id"
    # Flushed before the report is read (the query reads their tables).
    _depends = {
        "affairs.meeting.booking": [
            "room_id",
            "company_id",
            "state",
            "date_start",
            "date_end",
        ],
        "affairs.meeting.room": ["hour_open", "hour_close", "resource_calendar_id"],
        "resource.calendar": ["tz"],
        "resource.calendar.attendance": ["calendar_id", "dayofweek"],
        "resource.calendar.leaves": [
            "calendar_id",
            "resource_id",
            "time_type",
            "date_from",
            "date_to",
        ],
        "affairs.makeup.workday": ["calendar_id", "date"],
        "res.company": ["partner_id", "resource_calendar_id"],
        "res.partner": ["tz"],
    }

    room_id = fields.Many2one("affairs.meeting.room", string="Room", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    month = fields.Date(readonly=True, help="First day of the month.")
    booking_count = fields.Integer(string="Bookings", readonly=True)
    booked_hours = fields.Float(string="Hours Booked", readonly=True)
    open_days = fields.Integer(string="Opening Days", readonly=True)
    opening_hours = fields.Float(string="Opening Hours", readonly=True)
    occupancy_rate = fields.Float(
        string="Occupancy Rate (%)",
        readonly=True,
        aggregator="avg",
        help="Hours booked ÷ opening hours of the month, in percent.",
    )

    @property
    def _table_query(self):
        return SQL(
            """
            WITH booked AS (
                SELECT MIN(booking.id) AS id,
                       booking.room_id,
                       booking.company_id,
                       date_trunc('month', booking.date_start AT TIME ZONE 'UTC'
                                  AT TIME ZONE COALESCE(partner.tz, 'UTC'))::date AS month,
                       COUNT(*) AS booking_count,
                       SUM(EXTRACT(EPOCH FROM booking.date_end - booking.date_start))
                           / 3600.0 AS booked_hours
                  FROM affairs_meeting_booking booking
                  JOIN res_company company ON company.id = booking.company_id
                  JOIN res_partner partner ON partner.id = company.partner_id
                 WHERE booking.state IN %(states)s
              GROUP BY booking.room_id, booking.company_id, 4
            )
            SELECT booked.id,
                   booked.room_id,
                   booked.company_id,
                   booked.month,
                   booked.booking_count,
                   booked.booked_hours,
                   days.open_days,
                   days.open_days * (room.hour_close - room.hour_open) AS opening_hours,
                   CASE WHEN days.open_days * (room.hour_close - room.hour_open) > 0
                        THEN 100.0 * booked.booked_hours
                             / (days.open_days * (room.hour_close - room.hour_open))
                        ELSE 0 END AS occupancy_rate
              FROM booked
              JOIN affairs_meeting_room room ON room.id = booked.room_id
              JOIN res_company company ON company.id = booked.company_id
              LEFT JOIN resource_calendar calendar
                     ON calendar.id = COALESCE(room.resource_calendar_id,
                                               company.resource_calendar_id)
              CROSS JOIN LATERAL (
                  SELECT COUNT(*) AS open_days
                    FROM generate_series(
                             booked.month,
                             booked.month + interval '1 month' - interval '1 day',
                             interval '1 day'
                         ) AS series(day)
                   WHERE EXISTS (
                             SELECT 1
                               FROM affairs_makeup_workday makeup
                              WHERE makeup.calendar_id = calendar.id
                                AND makeup.date = series.day::date
                         )
                      OR (CASE WHEN calendar.id IS NULL
                               THEN EXTRACT(ISODOW FROM series.day) < 6
                               ELSE EXISTS (
                                   SELECT 1
                                     FROM resource_calendar_attendance attendance
                                    WHERE attendance.calendar_id = calendar.id
                                      AND attendance.dayofweek
                                          = (EXTRACT(ISODOW FROM series.day)::int - 1)::text
                               ) END
                          AND NOT EXISTS (
                              -- a public holiday (global time off) of the calendar,
                              -- its days taken in the calendar's time zone as
                              -- resource.calendar._affairs_working_days does
                              SELECT 1
                                FROM resource_calendar_leaves leave
                               WHERE (leave.calendar_id = calendar.id
                                      OR leave.calendar_id IS NULL)
                                 AND leave.resource_id IS NULL
                                 AND leave.time_type = 'leave'
                                 AND (leave.date_from AT TIME ZONE 'UTC'
                                      AT TIME ZONE COALESCE(calendar.tz, 'UTC'))::date
                                     <= series.day::date
                                 AND (leave.date_to AT TIME ZONE 'UTC'
                                      AT TIME ZONE COALESCE(calendar.tz, 'UTC')
                                      - interval '1 microsecond')::date
                                     >= series.day::date
                          ))
              ) AS days
            """,
            states=USED_STATES,
        )
