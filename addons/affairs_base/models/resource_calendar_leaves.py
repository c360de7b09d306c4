# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import pytz

from odoo import api, fields, models


class ResourceCalendarLeaves(models.Model):
    _inherit = "resource.calendar.leaves"

    affairs_generated = fields.Boolean(
        string="From China's Holiday Calendar",
        readonly=True,
        copy=False,
        help="Generated from the statutory holidays; reloading the year replaces it.",
    )
    affairs_date = fields.Date(
        string="Day",
        compute="_compute_affairs_date",
        store=True,
        index=True,
        help="First day of the time off in the calendar's timezone.",
    )

    @api.depends("date_from", "calendar_id.tz")
    def _compute_affairs_date(self):
        for leave in self:
            tz = pytz.timezone(leave.calendar_id.tz or "UTC")
            leave.affairs_date = (
                pytz.utc.localize(leave.date_from).astimezone(tz).date()
                if leave.date_from
                else False
            )
