# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import secrets
from datetime import timedelta
from urllib.parse import urlencode

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)
from odoo.addons.affairs_base.models.affairs_no_overlap_mixin import NoOverlap

from .affairs_meeting_fee_standard import MEETING_CATEGORIES

# States in which a booking holds its room (with its buffers).
HOLDING_STATES = ("submitted", "approved", "in_use")
STATES = approval_states(
    ("in_use", "Checked In"),
    ("done", "Done"),
    ("released", "Released (No-Show)"),
    approved="Confirmed",
)
# A weekly series holds at most one year of meetings.
MAX_OCCURRENCES = 52
# A single booking lasts at most this long.
MAX_HOURS = 24
NO_SHOW_PARAM = "affairs_meeting.no_show_minutes"
# Plausible upper bounds of a meeting held under the meeting-fee rules.
MAX_MEETING_DAYS = 60
MAX_BUDGET = 100_000_000
# Attendees sign in from an hour before the start to the end.
SIGN_IN_EARLY = timedelta(hours=1)


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
    _inherit = [
        "affairs.approval.mixin",
        "affairs.exception.mixin",
        "affairs.no.overlap.mixin",
    ]
    _affairs_sequence_code = "affairs.meeting.booking"
    _order = "date_start desc, id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "confirmed_date",
        "checked_in_date",
        "service_request_id",
    )
    _affairs_final_states = ("done", "released", "rejected", "cancel")
    _affairs_cancellable_states = ("draft", "submitted", "approved", "rejected")
    # Services are ordered and the attendee count corrected in any open state.
    # The minutes are attached once the meeting is over.
    _affairs_free_fields = ("service_line_ids", "minutes", "minutes_name")

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

    room_amount = fields.Monetary(
        string="Room Fee",
        compute="_compute_room_amount",
        store=True,
        help="Hours booked times the room's fee per hour.",
    )
    service_request_id = fields.Many2one(
        "affairs.service.request",
        string="Service Request",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The service-desk request this booking answers.",
    )
    # Meetings held under the meeting-fee rules (会议费管理办法).
    fee_category = fields.Selection(
        MEETING_CATEGORIES,
        string="Meeting Category",
        tracking=True,
        help="For a meeting held under the meeting-fee rules: its budget is "
        "checked against the caps of the category when it is confirmed or "
        "submitted.",
    )
    meeting_days = fields.Integer(string="Meeting Days", default=1)
    budget_lodging = fields.Monetary(string="Lodging Budget")
    budget_meals = fields.Monetary(string="Meals Budget")
    budget_other = fields.Monetary(string="Other Costs Budget")
    budget_total = fields.Monetary(
        string="Meeting Budget", compute="_compute_budget_total", store=True
    )
    # Sign-in by QR code (签到).
    signin_token = fields.Char(readonly=True, copy=False, groups="base.group_user")
    signin_url = fields.Char(string="Sign-In Link", compute="_compute_signin_url")
    signin_qr_url = fields.Char(string="Sign-In QR Code", compute="_compute_signin_url")
    attendance_ids = fields.One2many(
        "affairs.meeting.attendance", "booking_id", string="Sign-Ins"
    )
    attendance_count = fields.Integer(
        string="Signed In", compute="_compute_attendance_count"
    )
    minutes = fields.Binary(string="Minutes", attachment=True, copy=False)
    minutes_name = fields.Char(string="Minutes File Name", copy=False)

    _room_no_overlap = NoOverlap(
        "room_id",
        "buffer_start",
        "buffer_end",
        holding={"state": HOLDING_STATES},
        message="This room is already booked for an overlapping time (buffers included).",
    )

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

    @api.depends("date_start", "date_end", "room_id.hourly_fee")
    def _compute_room_amount(self):
        for booking in self:
            hours = (
                (booking.date_end - booking.date_start).total_seconds() / 3600
                if booking.date_start and booking.date_end
                else 0.0
            )
            booking.room_amount = max(hours, 0.0) * booking.room_id.hourly_fee

    @api.depends("budget_lodging", "budget_meals", "budget_other")
    def _compute_budget_total(self):
        for booking in self:
            booking.budget_total = (
                booking.budget_lodging + booking.budget_meals + booking.budget_other
            )

    @api.depends("signin_token")
    def _compute_signin_url(self):
        # One base URL for the batch (get_base_url wants a single record).
        base_url = self[:1].get_base_url()
        for booking in self:
            if not (booking.id and booking.signin_token):
                booking.signin_url = booking.signin_qr_url = False
                continue
            booking.signin_url = f"{base_url}/affairs_meeting/sign_in/{booking.id}/{booking.signin_token}"
            booking.signin_qr_url = "/report/barcode/?" + urlencode(
                {
                    "barcode_type": "QR",
                    "value": booking.signin_url,
                    "width": 240,
                    "height": 240,
                }
            )

    def _compute_attendance_count(self):
        data = self.env["affairs.meeting.attendance"]._read_group(
            [("booking_id", "in", self.ids)], ["booking_id"], ["__count"]
        )
        counts = {booking.id: count for booking, count in data}
        for booking in self:
            booking.attendance_count = counts.get(booking.id, 0)

    # ---- Constraints ----
    @api.constrains("meeting_days", "budget_lodging", "budget_meals", "budget_other")
    def _check_budget_numbers(self):
        for booking in self:
            if not 0 < booking.meeting_days <= MAX_MEETING_DAYS:
                raise ValidationError(
                    self.env._(
                        "A meeting lasts between 1 and %s days.", MAX_MEETING_DAYS
                    )
                )
            for amount in (
                booking.budget_lodging,
                booking.budget_meals,
                booking.budget_other,
            ):
                if not 0 <= amount <= MAX_BUDGET:
                    raise ValidationError(
                        self.env._(
                            "A meeting budget line lies between 0 and %s.", MAX_BUDGET
                        )
                    )

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
        for vals in vals_list:
            vals["signin_token"] = secrets.token_urlsafe(16)
        bookings = super().create(vals_list)
        Request = self.env["affairs.service.request"]
        for booking in bookings:
            request = Request._affairs_context_request("meeting", booking.organizer_id)
            if request:
                booking._affairs_transition_write({"service_request_id": request.id})
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
        self._affairs_check_no_overlap()

    def _affairs_check_fee_standard(self):
        """A meeting held under the meeting-fee rules keeps within the caps of
        its category (per person and day) and its day and attendee limits,
        unless a manager recorded an exception."""
        Standard = self.env["affairs.meeting.fee.standard"]
        for booking in self.filtered("fee_category"):
            rule = Standard._get_standard(
                booking.fee_category,
                date=booking.date_start.date(),
                company=booking.company_id,
            )
            if not rule:
                continue
            problems = booking._affairs_fee_problems(rule)
            booking._affairs_check_rule(
                "meeting_fee_standard", bool(problems), "\n".join(problems)
            )

    def _affairs_fee_problems(self, rule):
        """The lines of the meeting-fee ``rule`` this meeting goes beyond."""
        self.ensure_one()
        category = dict(self._fields["fee_category"]._description_selection(self.env))[
            self.fee_category
        ]
        problems = []
        if rule.max_days and self.meeting_days > rule.max_days:
            problems.append(
                self.env._(
                    "A %(category)s lasts at most %(max)s days; %(name)s plans "
                    "%(days)s.",
                    category=category,
                    max=rule.max_days,
                    name=self.name,
                    days=self.meeting_days,
                )
            )
        if rule.max_attendees and self.attendee_count > rule.max_attendees:
            problems.append(
                self.env._(
                    "A %(category)s has at most %(max)s attendees; %(name)s plans "
                    "%(count)s.",
                    category=category,
                    max=rule.max_attendees,
                    name=self.name,
                    count=self.attendee_count,
                )
            )
        person_days = self.attendee_count * self.meeting_days
        for label, amount, cap in (
            (self.env._("lodging"), self.budget_lodging, rule.lodging_cap),
            (self.env._("meals"), self.budget_meals, rule.meal_cap),
            (self.env._("other costs"), self.budget_other, rule.other_cap),
        ):
            limit = cap * person_days
            if self.currency_id.compare_amounts(amount, limit) > 0:
                problems.append(
                    self.env._(
                        "The %(label)s budget of %(name)s (%(amount)s) exceeds the "
                        "cap of a %(category)s: %(cap)s per person and day, "
                        "%(limit)s for %(attendees)s attendees over %(days)s days.",
                        label=label,
                        name=self.name,
                        amount=amount,
                        category=category,
                        cap=cap,
                        limit=limit,
                        attendees=self.attendee_count,
                        days=self.meeting_days,
                    )
                )
        return problems

    def _affairs_check_submit(self):
        if not self.room_id.needs_approval:
            raise UserError(
                self.env._(
                    "%s needs no approval: confirm the booking instead.",
                    self.room_id.name,
                )
            )
        self._affairs_check_fee_standard()
        self._affairs_check_overlap()

    def _affairs_is_desk_user(self):
        return self.env.user.has_group("affairs_meeting.group_meeting_staff")

    def _affairs_check_boundaries(self):
        # The meeting centre books for every agency (service-desk requests);
        # the company record rules still hold.
        if self._affairs_is_desk_user():
            return
        return super()._affairs_check_boundaries()

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
        self._affairs_check_fee_standard()
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

    def _affairs_sign_in(self, token, user):
        """Record ``user``'s employee as present (the QR code's page).

        Called as superuser by the sign-in page: the token of the QR code
        proves the attendee is in the room, and attendees often come from
        other agencies than the organiser's. Returns the sign-in record.
        """
        self.ensure_one()
        if not (self.signin_token and secrets.compare_digest(self.signin_token, token)):
            raise AccessError(self.env._("This sign-in link is not valid."))
        employee = user.employee_id
        if not employee:
            raise UserError(
                self.env._("Only employees sign in to meetings: %s is none.", user.name)
            )
        now = fields.Datetime.now()
        if self.state not in ("approved", "in_use") or not (
            self.date_start - SIGN_IN_EARLY <= now <= self.date_end
        ):
            raise UserError(
                self.env._(
                    "%(name)s is not open for sign-in: attendees sign in from an hour "
                    "before the start to the end of a confirmed meeting.",
                    name=self.subject,
                )
            )
        Attendance = self.env["affairs.meeting.attendance"]
        attendance = Attendance.search(
            [("booking_id", "=", self.id), ("employee_id", "=", employee.id)], limit=1
        )
        if attendance:
            return attendance
        if self.state == "approved":
            # The meeting is being held: the room is not released as a no-show.
            self._affairs_transition_write({"state": "in_use", "checked_in_date": now})
        return Attendance.create(
            {
                "booking_id": self.id,
                "employee_id": employee.id,
                "attendee_agency_id": employee.affairs_agency_id.id,
                "user_id": user.id,
                "signed_date": now,
            }
        )

    def action_view_attendances(self):
        """The sign-in list of the meeting."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Sign-Ins"),
            "res_model": "affairs.meeting.attendance",
            "view_mode": "list",
            "domain": [("booking_id", "=", self.id)],
            "context": {"create": False},
        }

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
