# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
)

# States in which a booking holds its room (with its buffers).
HOLDING_STATES = ("submitted", "approved", "in_use")
STATES = [
    ("draft", "Draft"),
    ("submitted", "Waiting Approval"),
    ("approved", "Confirmed"),
    ("in_use", "Checked In"),
    ("done", "Done"),
    ("released", "Released (No-Show)"),
    ("rejected", "Rejected"),
    ("cancel", "Cancelled"),
]
# A weekly series holds at most one year of meetings.
MAX_OCCURRENCES = 52
# A single booking lasts at most this long.
MAX_HOURS = 24
NO_SHOW_PARAM = "affairs_meeting.no_show_minutes"


class AffairsMeetingBooking(models.Model):
    """A booking of a meeting room (会议室预订).

    Rooms that need the bureau's approval go through the suite's approval
    flow (submit → approve); the others are confirmed by the organiser
    (``action_confirm``). A room is never held twice for overlapping times,
    its setup and clean-up buffers included: a PostgreSQL exclusion
    constraint (btree_gist) enforces it, so two users confirming at the same
    moment cannot both succeed.
    """

    _name = "affairs.meeting.booking"
    _description = "Meeting Room Booking"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.meeting.booking"
    _order = "date_start desc, id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "confirmed_date",
        "checked_in_date",
    )
    _affairs_final_states = ("done", "released", "rejected", "cancel")
    _affairs_cancellable_states = ("draft", "submitted", "approved", "rejected")
    # Services are ordered and the attendee count corrected in any open state.
    _affairs_free_fields = ("service_line_ids",)

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    subject = fields.Char(required=True, tracking=True)
    room_id = fields.Many2one(
        "affairs.meeting.room",
        string="Room",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    organizer_id = fields.Many2one(
        "hr.employee",
        string="Organiser",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_agency_id",
        store=True,
        readonly=False,
        required=True,
        index=True,
        precompute=True,
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        check_company=True,
    )
    date_start = fields.Datetime(string="Start", required=True, tracking=True)
    date_end = fields.Datetime(string="End", required=True, tracking=True)
    buffer_start = fields.Datetime(
        string="Room Held From",
        compute="_compute_buffers",
        store=True,
        precompute=True,
        help="Start minus the room's setup buffer.",
    )
    buffer_end = fields.Datetime(
        string="Room Held Until",
        compute="_compute_buffers",
        store=True,
        precompute=True,
        help="End plus the room's clean-up buffer.",
    )
    attendee_count = fields.Integer(string="Expected Attendees", default=1)
    capacity = fields.Integer(related="room_id.capacity")
    needs_approval = fields.Boolean(related="room_id.needs_approval")
    description = fields.Text(string="Notes")
    state = fields.Selection(
        STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_affairs_group_expand_states",
    )
    confirmed_date = fields.Datetime(string="Confirmed On", readonly=True, copy=False)
    checked_in_date = fields.Datetime(string="Checked In On", readonly=True, copy=False)
    repeat_weekly = fields.Boolean(
        string="Repeat Weekly",
        copy=False,
        help="Create the same booking every week (a weekly meeting).",
    )
    repeat_count = fields.Integer(
        string="Occurrences",
        default=1,
        copy=False,
        help="Number of weekly meetings of the series, this one included.",
    )
    series_id = fields.Many2one(
        "affairs.meeting.booking",
        string="Series",
        readonly=True,
        copy=False,
        index=True,
        ondelete="set null",
        help="First booking of the weekly series this booking belongs to.",
    )
    series_booking_ids = fields.One2many(
        "affairs.meeting.booking", "series_id", string="Series Bookings"
    )
    service_line_ids = fields.One2many(
        "affairs.meeting.service.line", "booking_id", string="Services"
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    service_amount = fields.Monetary(
        string="Service Cost", compute="_compute_service_amount", store=True
    )

    _room_no_overlap = models.Constraint(
        "EXCLUDE USING gist (room_id WITH =, tsrange(buffer_start, buffer_end) WITH &&) "
        "WHERE (state IN ('submitted', 'approved', 'in_use'))",
        "This room is already booked for an overlapping time (buffers included).",
    )

    def _auto_init(self):
        # The exclusion constraint compares ids with '=' in a gist index, which
        # needs btree_gist; Odoo adds table constraints inside _auto_init, so
        # the extension must exist before.
        self.env.cr.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        return super()._auto_init()

    # ---- Compute methods ----
    @api.depends("organizer_id")
    def _compute_agency_id(self):
        for booking in self:
            # sudo: agency cadres may not read hr.employee; only the agency leaves.
            booking.agency_id = booking.organizer_id.sudo().affairs_agency_id

    @api.depends(
        "date_start", "date_end", "room_id.setup_minutes", "room_id.cleanup_minutes"
    )
    def _compute_buffers(self):
        for booking in self:
            room = booking.room_id
            booking.buffer_start = booking.date_start and (
                booking.date_start - timedelta(minutes=room.setup_minutes)
            )
            booking.buffer_end = booking.date_end and (
                booking.date_end + timedelta(minutes=room.cleanup_minutes)
            )

    @api.depends("service_line_ids.amount")
    def _compute_service_amount(self):
        for booking in self:
            booking.service_amount = sum(booking.service_line_ids.mapped("amount"))

    # ---- Constraints ----
    @api.constrains("attendee_count", "room_id")
    def _check_capacity(self):
        for booking in self:
            if booking.attendee_count <= 0:
                raise ValidationError(
                    self.env._("A meeting has at least one attendee.")
                )
            if booking.attendee_count > booking.room_id.capacity:
                raise ValidationError(
                    self.env._(
                        "%(room)s seats %(capacity)s people: %(count)s attendees "
                        "do not fit.",
                        room=booking.room_id.name,
                        capacity=booking.room_id.capacity,
                        count=booking.attendee_count,
                    )
                )

    @api.constrains("date_start", "date_end", "room_id")
    def _check_dates(self):
        for booking in self:
            if booking.date_end <= booking.date_start:
                raise ValidationError(self.env._("A meeting must end after it starts."))
            if booking.date_end - booking.date_start > timedelta(hours=MAX_HOURS):
                raise ValidationError(
                    self.env._(
                        "A booking lasts at most %s hours: book a weekly series or "
                        "several days instead.",
                        MAX_HOURS,
                    )
                )
            room = booking.room_id
            if room.hour_open <= 0 and room.hour_close >= 24:
                continue
            start = fields.Datetime.context_timestamp(booking, booking.date_start)
            end = fields.Datetime.context_timestamp(booking, booking.date_end)
            hour_start = start.hour + start.minute / 60
            hour_end = end.hour + end.minute / 60
            if (
                start.date() != end.date()
                or hour_start < room.hour_open
                or hour_end > room.hour_close
            ):
                raise ValidationError(
                    self.env._(
                        "%(room)s is open from %(open)s to %(close)s.",
                        room=room.name,
                        open=_hours_label(room.hour_open),
                        close=_hours_label(room.hour_close),
                    )
                )

    @api.constrains("repeat_weekly", "repeat_count")
    def _check_repeat(self):
        for booking in self:
            if (
                booking.repeat_weekly
                and not 1 <= booking.repeat_count <= MAX_OCCURRENCES
            ):
                raise ValidationError(
                    self.env._(
                        "A weekly series has between 1 and %s meetings.",
                        MAX_OCCURRENCES,
                    )
                )

    # ---- CRUD ----
    @api.model_create_multi
    def create(self, vals_list):
        bookings = super().create(vals_list)
        series = bookings.filtered(
            lambda b: b.repeat_weekly and b.repeat_count > 1 and not b.series_id
        )
        for first in series:
            first._affairs_create_series()
        return bookings

    def _affairs_create_series(self):
        """The weekly meetings following this one, in draft."""
        self.ensure_one()
        vals_list = []
        for week in range(1, self.repeat_count):
            vals = self.copy_data(
                {
                    "date_start": self.date_start + timedelta(weeks=week),
                    "date_end": self.date_end + timedelta(weeks=week),
                    "series_id": self.id,
                    "name": "/",
                }
            )[0]
            vals.pop("service_line_ids", None)
            vals_list.append(vals)
        # series_id is readonly in the form, not a workflow field: the first
        # booking of the series names it.
        others = self.create(vals_list)
        self.series_id = self
        return others

    # ---- Checks ----
    def _affairs_check_overlap(self):
        """Friendly message before the database constraint refuses it."""
        self.flush_model(["room_id", "buffer_start", "buffer_end", "state"])
        query = SQL(
            """
            SELECT r.name, o.name, o.subject
              FROM %(table)s r
              JOIN %(table)s o
                ON o.id != r.id
               AND o.room_id = r.room_id
               AND o.state IN %(holding)s
               AND tsrange(o.buffer_start, o.buffer_end)
                   && tsrange(r.buffer_start, r.buffer_end)
             WHERE r.id IN %(ids)s
             LIMIT 1
            """,
            table=SQL.identifier(self._table),
            holding=HOLDING_STATES,
            ids=tuple(self.ids),
        )
        rows = self.env.execute_query(query)
        if rows:
            raise ValidationError(
                self.env._(
                    "%(name)s overlaps %(other)s (%(subject)s): the room is already "
                    "booked at that time, its setup and clean-up time included.",
                    name=rows[0][0],
                    other=rows[0][1],
                    subject=rows[0][2],
                )
            )
        by_room = {}
        for booking in self.sorted("buffer_start"):
            last = by_room.get(booking.room_id.id)
            if last and last.buffer_end > booking.buffer_start:
                raise ValidationError(
                    self.env._(
                        "%(name)s overlaps %(other)s (%(subject)s): the room is "
                        "already booked at that time, its setup and clean-up time "
                        "included.",
                        name=booking.name,
                        other=last.name,
                        subject=last.subject,
                    )
                )
            by_room[booking.room_id.id] = booking

    def _affairs_check_submit(self):
        if not self.room_id.needs_approval:
            raise UserError(
                self.env._(
                    "%s needs no approval: confirm the booking instead.",
                    self.room_id.name,
                )
            )
        self._affairs_check_overlap()

    def _affairs_is_desk_user(self):
        return self.env.user.has_group("affairs_meeting.group_meeting_staff")

    def _affairs_check_organizer_or_staff(self):
        user = self.env.user
        if self.env.su or self._affairs_is_desk_user():
            return
        for booking in self:
            # sudo: agency cadres may not read hr.employee; only the user leaves.
            if booking.organizer_id.sudo().user_id != user:
                raise AccessError(
                    self.env._(
                        "Only the organiser or the meeting centre may do this for %s.",
                        booking.name,
                    )
                )

    # ---- Actions ----
    def action_confirm(self):
        """Confirm a booking of a room that needs no approval."""
        for booking in self:
            if booking.state != "draft":
                raise UserError(
                    self.env._("Only a draft can be confirmed: %s.", booking.name)
                )
            if booking.room_id.needs_approval:
                raise UserError(
                    self.env._(
                        "%s needs the bureau's approval: submit the booking instead.",
                        booking.room_id.name,
                    )
                )
        self._affairs_check_overlap()
        self._affairs_transition_write(
            {"state": "approved", "confirmed_date": fields.Datetime.now()}
        )
        return True

    def _affairs_on_approved(self):
        self._affairs_transition_write({"confirmed_date": fields.Datetime.now()})

    def action_check_in(self):
        """The meeting started: the room is no longer released as a no-show."""
        self._affairs_check_organizer_or_staff()
        for booking in self:
            if booking.state != "approved":
                raise UserError(
                    self.env._(
                        "Only a confirmed booking can be checked in: %s.", booking.name
                    )
                )
        self._affairs_transition_write(
            {"state": "in_use", "checked_in_date": fields.Datetime.now()}
        )
        return True

    def action_done(self):
        """The meeting is over and the room free again."""
        self._affairs_check_organizer_or_staff()
        for booking in self:
            if booking.state != "in_use":
                raise UserError(
                    self.env._(
                        "Only a checked-in meeting can be closed: %s.", booking.name
                    )
                )
        self._affairs_transition_write({"state": "done"})
        return True

    @api.model
    def _affairs_no_show_minutes(self):
        # sudo: a configuration number every user's release check reads.
        value = self.env["ir.config_parameter"].sudo().get_param(NO_SHOW_PARAM, "15")
        try:
            return max(int(value), 0)
        except ValueError:
            return 15

    @api.model
    def _cron_release_no_shows(self):
        """Release the rooms of confirmed bookings nobody checked in to."""
        limit = fields.Datetime.now() - timedelta(
            minutes=self._affairs_no_show_minutes()
        )
        bookings = self.search(
            [("state", "=", "approved"), ("date_start", "<=", limit)]
        )
        for booking in bookings:
            booking._affairs_transition_write({"state": "released"})
            booking.message_post(
                body=self.env._(
                    "Released: nobody checked in within %s minutes of the start.",
                    self._affairs_no_show_minutes(),
                )
            )
        return bookings


def _hours_label(hours):
    return "%02d:%02d" % (int(hours), round((hours % 1) * 60))
