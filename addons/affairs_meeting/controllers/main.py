# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import secrets

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request


class MeetingSignIn(http.Controller):
    """The page a meeting's QR code opens: the employee signs in (签到)."""

    @http.route(
        "/affairs_meeting/sign_in/<int:booking_id>/<string:token>",
        type="http",
        auth="user",
        methods=["GET", "POST"],
    )
    def sign_in(self, booking_id, token, **kwargs):
        # sudo: the token of the QR code proves presence in the room, and
        # attendees come from other agencies than the organiser's; only the
        # meeting's subject, time and room are shown.
        booking = request.env["affairs.meeting.booking"].sudo().browse(booking_id)
        values = {"booking": booking.exists(), "signed": False, "error": False}
        if not booking.exists():
            values["error"] = request.env._("This sign-in link is not valid.")
        elif request.httprequest.method == "POST":
            try:
                values["signed"] = booking._affairs_sign_in(token, request.env.user)
            except (AccessError, UserError) as error:
                request.env.cr.rollback()
                values["error"] = str(error)
        elif not (
            booking.signin_token and secrets.compare_digest(booking.signin_token, token)
        ):
            values["error"] = request.env._("This sign-in link is not valid.")
        values["token"] = token
        return request.render("affairs_meeting.sign_in_page", values)
