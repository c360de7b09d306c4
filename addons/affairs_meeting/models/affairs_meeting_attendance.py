# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsMeetingAttendance(models.Model):
    """An attendee's sign-in to a meeting (签到), by the meeting's QR code."""

    _name = "affairs.meeting.attendance"
    _description = "Meeting Sign-In"
    _order = "signed_date, id"
    _rec_name = "employee_id"

    booking_id = fields.Many2one(
        "affairs.meeting.booking",
        string="Meeting",
        required=True,
        index=True,
        ondelete="cascade",
    )
    employee_id = fields.Many2one(
        "hr.employee", string="Attendee", required=True, index=True
    )
    attendee_agency_id = fields.Many2one(
        "hr.department", string="Attendee's Agency", readonly=True
    )
    user_id = fields.Many2one("res.users", string="Signed By", readonly=True)
    signed_date = fields.Datetime(
        string="Signed In At", required=True, default=fields.Datetime.now
    )
    # The meeting's agency and company: the record rules follow the meeting.
    agency_id = fields.Many2one(
        related="booking_id.agency_id", store=True, index=True, string="Agency"
    )
    company_id = fields.Many2one(
        related="booking_id.company_id", store=True, index=True
    )

    _employee_once = models.Constraint(
        "UNIQUE(booking_id, employee_id)", "An attendee signs in to a meeting once."
    )
