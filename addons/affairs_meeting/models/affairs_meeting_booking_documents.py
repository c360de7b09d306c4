# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import fields, models
from odoo.exceptions import UserError

from .affairs_meeting_booking import AffairsMeetingBooking as BaseBooking

NOTICE_REPORT = "affairs_meeting.action_report_meeting_notice"
DOCUMENT_FIELDS = (
    "notice_file",
    "notice_filename",
    "signin_sheet",
    "signin_sheet_name",
    "bill_attachment_ids",
    "minutes",
    "minutes_name",
)


class AffairsMeetingBooking(models.Model):
    """The documents of a meeting held under the meeting-fee rules and its
    settlement (会议费结算).

    The meeting-fee rules settle a meeting's costs on three documents: the
    notice (会议通知), the sign-in list (签到表) and the bills (票据). The
    settlement is refused until the three are on the meeting; the minutes
    (会议纪要) are kept with them.
    """

    _inherit = "affairs.meeting.booking"
    _affairs_workflow_fields = (
        *BaseBooking._affairs_workflow_fields,
        "notice_date",
        "fee_settled_date",
        "fee_settled_by_id",
    )
    # The documents are attached once the meeting is over, until it is settled.
    _affairs_free_fields = (*BaseBooking._affairs_free_fields, *DOCUMENT_FIELDS)

    notice_file = fields.Binary(string="Meeting Notice", attachment=True, copy=False)
    notice_filename = fields.Char(string="Notice File Name", copy=False)
    notice_date = fields.Datetime(string="Notice Issued On", readonly=True, copy=False)
    signin_sheet = fields.Binary(
        string="Signed Sign-In Sheet",
        attachment=True,
        copy=False,
        help="The paper sign-in sheet, signed and scanned, when attendees did "
        "not sign in by the QR code.",
    )
    signin_sheet_name = fields.Char(string="Sign-In Sheet File Name", copy=False)
    bill_attachment_ids = fields.Many2many(
        "ir.attachment",
        "affairs_meeting_booking_bill_rel",
        "booking_id",
        "attachment_id",
        string="Bills",
        copy=False,
        help="Invoices and receipts of the meeting's costs (lodging, meals, "
        "venue, materials).",
    )
    fee_settled_date = fields.Datetime(
        string="Meeting Fee Settled On", readonly=True, copy=False
    )
    fee_settled_by_id = fields.Many2one(
        "res.users", string="Meeting Fee Settled By", readonly=True, copy=False
    )

    def write(self, vals):
        if not self._affairs_door_open() and set(vals) & set(DOCUMENT_FIELDS):
            settled = self.filtered("fee_settled_date")
            if settled:
                raise UserError(
                    self.env._(
                        "The meeting fee of %s is settled: its documents can no "
                        "longer be changed.",
                        ", ".join(settled.mapped("display_name")),
                    )
                )
        return super().write(vals)

    def _affairs_missing_documents(self):
        """The labels of the documents the settlement still lacks."""
        self.ensure_one()
        missing = []
        if not self.notice_file:
            missing.append(self.env._("the meeting notice (issue or attach it)"))
        if not (self.attendance_ids or self.signin_sheet):
            missing.append(
                self.env._(
                    "the sign-in list (sign-ins by the QR code or the signed sheet)"
                )
            )
        if not self.bill_attachment_ids:
            missing.append(self.env._("the bills"))
        return missing

    def action_issue_notice(self):
        """Generate the meeting notice and keep it on the meeting (one of the
        three documents of the settlement); returns the notice to print."""
        self._affairs_check_organizer_or_staff()
        Report = self.env["ir.actions.report"]
        for booking in self:
            if booking.state in ("released", "rejected", "cancel"):
                raise UserError(
                    self.env._(
                        "%s is not held: it needs no notice.", booking.display_name
                    )
                )
            if booking.fee_settled_date:
                raise UserError(
                    self.env._(
                        "The meeting fee of %s is settled: its documents can no "
                        "longer be changed.",
                        booking.display_name,
                    )
                )
            content, _kind = Report._render_qweb_pdf(NOTICE_REPORT, booking.ids)
            booking.with_context(tracking_disable=True)._affairs_transition_write(
                {
                    "notice_file": base64.b64encode(content),
                    "notice_filename": self.env._(
                        "Meeting Notice %s.pdf", booking.name
                    ),
                    "notice_date": fields.Datetime.now(),
                }
            )
        return self.env.ref(NOTICE_REPORT).report_action(self)

    def action_settle_meeting_fee(self):
        """Settle the costs of a meeting held under the meeting-fee rules,
        on its three documents (notice, sign-in list, bills)."""
        self._affairs_check_organizer_or_staff()
        for booking in self:
            if not booking.fee_category:
                raise UserError(
                    self.env._(
                        "%s is not held under the meeting-fee rules: its costs are "
                        "recharged by the monthly settlement.",
                        booking.display_name,
                    )
                )
            if booking.fee_settled_date:
                raise UserError(
                    self.env._("%s is already settled.", booking.display_name)
                )
            if booking.state not in ("in_use", "done"):
                raise UserError(
                    self.env._(
                        "%s has not been held: only a meeting that took place is "
                        "settled.",
                        booking.display_name,
                    )
                )
            missing = booking._affairs_missing_documents()
            if missing:
                raise UserError(
                    self.env._(
                        "%(name)s cannot be settled: the meeting-fee rules settle a "
                        "meeting on its notice, sign-in list and bills, and it lacks "
                        "%(missing)s.",
                        name=booking.display_name,
                        missing="; ".join(missing),
                    )
                )
        self._affairs_transition_write(
            {
                "fee_settled_date": fields.Datetime.now(),
                "fee_settled_by_id": self.env.uid,
            }
        )
        for booking in self:
            booking.message_post(body=self.env._("Meeting fee settled."))
        return True

    def _affairs_signin_rows(self):
        """The rows of the printed sign-in sheet: the sign-ins recorded, then
        blank rows up to the expected attendees."""
        self.ensure_one()
        rows = [
            {
                "name": attendance.employee_id.name,
                "agency": attendance.attendee_agency_id.name,
            }
            for attendance in self.attendance_ids
        ]
        blank = max(self.attendee_count - len(rows), 0)
        rows.extend({"name": "", "agency": ""} for _index in range(blank))
        return rows

    def _affairs_signin_qr_data_uri(self):
        """The sign-in QR code as an inline PNG (no HTTP fetch while printing)."""
        self.ensure_one()
        if not self.signin_url:
            return False
        png = self.env["ir.actions.report"].barcode(
            "QR", self.signin_url, width=180, height=180, quiet=False
        )
        return "data:image/png;base64," + base64.b64encode(png).decode()
