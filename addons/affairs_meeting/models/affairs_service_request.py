# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsServiceRequest(models.Model):
    """Meeting-service and printing requests of the service desk lead to a
    room booking or a print job instead of free text."""

    _inherit = "affairs.service.request"

    category_code = fields.Char(related="category_id.code")
    meeting_booking_ids = fields.One2many(
        "affairs.meeting.booking", "service_request_id", string="Bookings"
    )
    print_job_ids = fields.One2many(
        "affairs.print.job", "service_request_id", string="Print Jobs"
    )
    meeting_booking_count = fields.Integer(compute="_compute_meeting_counts")
    print_job_count = fields.Integer(compute="_compute_meeting_counts")

    @api.depends("meeting_booking_ids", "print_job_ids")
    def _compute_meeting_counts(self):
        for request in self:
            request.meeting_booking_count = len(request.meeting_booking_ids)
            request.print_job_count = len(request.print_job_ids)

    def _check_meeting_category(self, code):
        self.ensure_one()
        if self.category_id.code != code:
            raise UserError(
                self.env._(
                    "%(name)s is not a %(category)s request.",
                    name=self.name,
                    category=self.env["affairs.service.category"]
                    .search([("code", "=", code)], limit=1)
                    .name
                    or code,
                )
            )
        if self.state in ("draft", "rejected", "cancel", "done"):
            raise UserError(
                self.env._("%s is not open at the service desk.", self.name)
            )

    def action_create_meeting_booking(self, room, date_start, date_end, attendees=1):
        """The meeting centre answers a meeting-service request with a booking
        of ``room`` for the requester (a draft, which the organiser or the
        centre then confirms or submits)."""
        self.ensure_one()
        self._check_meeting_category("meeting")
        room = self._affairs_record_arg(room, "affairs.meeting.room")
        date_start, date_end = (
            _datetime_arg(self.env, date_start),
            _datetime_arg(self.env, date_end),
        )
        attendees = _int_arg(self.env, attendees)
        return (
            self.env["affairs.meeting.booking"]
            .with_context(affairs_service_request_id=self.id)
            .create(
                {
                    "subject": self.title,
                    "room_id": room.id,
                    "organizer_id": self.requester_id.id,
                    "agency_id": self.agency_id.id,
                    "date_start": date_start,
                    "date_end": date_end,
                    "attendee_count": attendees,
                    "description": self.location or False,
                }
            )
        )

    def action_create_print_job(self, pages, copies=1, deadline=None):
        """The printing centre answers a printing request with a print job of
        the requester (received), due at the request's deadline."""
        self.ensure_one()
        self._check_meeting_category("printing")
        pages, copies = _int_arg(self.env, pages), _int_arg(self.env, copies)
        deadline = deadline and _datetime_arg(self.env, deadline)
        return (
            self.env["affairs.print.job"]
            .with_context(affairs_service_request_id=self.id)
            .create(
                {
                    "title": self.title,
                    "requester_id": self.requester_id.id,
                    "agency_id": self.agency_id.id,
                    "pages": pages,
                    "copies": copies,
                    "deadline": deadline
                    or self.deadline
                    or fields.Datetime.now() + timedelta(days=1),
                }
            )
        )

    def action_open_meeting_booking_form(self):
        """The booking form, prefilled from the request (meeting service)."""
        self.ensure_one()
        self._check_meeting_category("meeting")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Book a Room"),
            "res_model": "affairs.meeting.booking",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_subject": self.title,
                "default_organizer_id": self.requester_id.id,
                "default_agency_id": self.agency_id.id,
                "affairs_service_request_id": self.id,
            },
        }

    def action_open_print_job_form(self):
        """The print job form, prefilled from the request (printing)."""
        self.ensure_one()
        self._check_meeting_category("printing")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Print Job"),
            "res_model": "affairs.print.job",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_title": self.title,
                "default_requester_id": self.requester_id.id,
                "default_agency_id": self.agency_id.id,
                "default_deadline": self.deadline,
                "affairs_service_request_id": self.id,
            },
        }

    @api.model
    def _affairs_context_request(self, code, employee):
        """The request named by the context of a booking or print job form
        opened from the service desk: an open request of ``code`` filed by
        ``employee`` (the organiser or requester), else an empty record."""
        request_id = self.env.context.get("affairs_service_request_id")
        if not isinstance(request_id, int):
            return self.browse()
        # sudo: the centre's staff answer requests of every agency; the
        # request is only linked, and only to a record of its own requester.
        request = self.sudo().browse(request_id).exists()
        if not request or request.requester_id != employee.sudo():
            return self.browse()
        request._check_meeting_category(code)
        return request

    def action_view_meeting_records(self):
        self.ensure_one()
        model = (
            "affairs.print.job"
            if self.category_id.code == "printing"
            else "affairs.meeting.booking"
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env["ir.model"]._get(model).name,
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("service_request_id", "=", self.id)],
        }


def _datetime_arg(env, value):
    """A date and time from an argument of a public method, or a clear refusal."""
    try:
        parsed = fields.Datetime.to_datetime(value)
    except (TypeError, ValueError):
        parsed = None
    if not parsed:
        raise UserError(env._("%s is not a date and time.", value))
    return parsed


def _int_arg(env, value):
    """A whole number from an argument of a public method, or a clear refusal."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(env._("%s is not a whole number.", value))
    return value
