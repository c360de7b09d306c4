# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Plausible upper bounds.
MAX_CAPACITY = 5000
MAX_BUFFER_MINUTES = 24 * 60
MAX_HOURLY_FEE = 100_000


class AffairsMeetingRoom(models.Model):
    """A room of the meeting centre (会议室)."""

    _name = "affairs.meeting.room"
    _description = "Meeting Room"
    _inherit = ["mail.thread"]
    _order = "sequence, name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    capacity = fields.Integer(required=True, default=10, tracking=True)
    layout = fields.Selection(
        [
            ("boardroom", "Boardroom"),
            ("theatre", "Theatre"),
            ("classroom", "Classroom"),
            ("u_shape", "U-Shape"),
            ("round", "Round Tables"),
        ],
        default="boardroom",
        required=True,
    )
    equipment = fields.Text(help="Projector, sound system, video conferencing, ...")
    location = fields.Char(help="Building, floor and room number.")
    hour_open = fields.Float(string="Opens At", default=8.0)
    hour_close = fields.Float(string="Closes At", default=18.0)
    resource_calendar_id = fields.Many2one(
        "resource.calendar",
        string="Working Days",
        check_company=True,
        help="The days the room is open (the days of this working calendar); "
        "empty: Monday to Friday. The room utilisation report counts its "
        "opening hours on these days.",
    )
    needs_approval = fields.Boolean(
        string="Booking Needs Approval",
        tracking=True,
        help="Bookings of this room are approved by the bureau; otherwise the "
        "organiser confirms them directly.",
    )
    setup_minutes = fields.Integer(string="Setup Buffer (min)", default=0)
    cleanup_minutes = fields.Integer(string="Clean-up Buffer (min)", default=0)
    booking_ids = fields.One2many("affairs.meeting.booking", "room_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    hourly_fee = fields.Monetary(
        string="Fee per Hour",
        help="Room fee recharged to the organiser's agency per hour booked "
        "(the monthly settlement).",
    )

    @api.constrains("capacity", "setup_minutes", "cleanup_minutes", "hourly_fee")
    def _check_numbers(self):
        for room in self:
            if not 0 <= room.hourly_fee <= MAX_HOURLY_FEE:
                raise ValidationError(
                    self.env._(
                        "The fee per hour of %(room)s must be between 0 and %(max)s.",
                        room=room.name,
                        max=MAX_HOURLY_FEE,
                    )
                )
            if not 0 < room.capacity <= MAX_CAPACITY:
                raise ValidationError(
                    self.env._(
                        "The capacity of %(room)s must be between 1 and %(max)s.",
                        room=room.name,
                        max=MAX_CAPACITY,
                    )
                )
            for minutes in (room.setup_minutes, room.cleanup_minutes):
                if not 0 <= minutes <= MAX_BUFFER_MINUTES:
                    raise ValidationError(
                        self.env._(
                            "The buffers of %(room)s must be between 0 and %(max)s "
                            "minutes.",
                            room=room.name,
                            max=MAX_BUFFER_MINUTES,
                        )
                    )

    @api.constrains("hour_open", "hour_close")
    def _check_hours(self):
        for room in self:
            if not 0 <= room.hour_open < room.hour_close <= 24:
                raise ValidationError(
                    self.env._(
                        "The opening hours of %s must lie within the day and close "
                        "after they open.",
                        room.name,
                    )
                )
