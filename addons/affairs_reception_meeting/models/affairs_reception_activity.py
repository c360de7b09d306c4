# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

# Receptions that no longer hold their meeting rooms.
INACTIVE_RECEPTION_STATES = ("rejected", "cancel")
# Bookings that may still be cancelled when the activity moves.
OPEN_BOOKING_STATES = ("draft", "submitted", "approved")
BOOKING_FIELDS = ("meeting_room_id", "date_start", "date_end")


class AffairsReceptionActivity(models.Model):
    """An itinerary meeting in a room of the meeting centre is a booking of
    it (affairs.meeting.booking): the room is held, its buffers included, by
    the one booking mechanism of the suite, and never twice."""

    _inherit = "affairs.reception.activity"

    meeting_room_id = fields.Many2one(
        "affairs.meeting.room",
        string="Meeting Centre Room",
        index="btree_not_null",
        help="A room of the meeting centre: the activity books it.",
    )
    meeting_booking_id = fields.Many2one(
        "affairs.meeting.booking",
        string="Room Booking",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    meeting_booking_state = fields.Selection(
        related="meeting_booking_id.state", string="Booking Status"
    )

    @api.model_create_multi
    def create(self, vals_list):
        activities = super().create(vals_list)
        activities.filtered("meeting_room_id")._affairs_book_rooms()
        return activities

    def write(self, vals):
        res = super().write(vals)
        if set(BOOKING_FIELDS) & set(vals):
            self._affairs_release_rooms()
            self.filtered("meeting_room_id")._affairs_book_rooms()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_release_rooms(self):
        self._affairs_release_rooms()

    def _affairs_book_rooms(self):
        """Book the meeting room of each activity for its host agency and
        confirm it (or submit it where the room needs the bureau's approval)."""
        vals_list = []
        activities = self.filtered(
            lambda a: a.reception_id.state not in INACTIVE_RECEPTION_STATES
        )
        for activity in activities:
            vals_list.append(activity._prepare_booking_vals())
        if not vals_list:
            return
        # sudo: the reception office books the room for the host agency, whose
        # records its officers may not write; the booking's own checks
        # (capacity, opening hours, no overlap) still apply.
        bookings = self.env["affairs.meeting.booking"].sudo().create(vals_list)
        for activity, booking in zip(activities, bookings, strict=True):
            activity.meeting_booking_id = booking
        bookings.filtered(lambda b: not b.needs_approval).action_confirm()
        bookings.filtered("needs_approval").action_submit()

    def _prepare_booking_vals(self):
        self.ensure_one()
        reception = self.reception_id
        return {
            "subject": f"{reception.display_name}: {self.name}",
            "room_id": self.meeting_room_id.id,
            "organizer_id": reception.host_employee_id.id,
            "agency_id": reception.host_agency_id.id,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "attendee_count": max(reception.guest_count + len(self.companion_ids), 1),
            "company_id": reception.company_id.id,
        }

    def _affairs_release_rooms(self):
        """Cancel the bookings of these activities (moved, removed, or their
        reception rejected or cancelled)."""
        # sudo: see _affairs_book_rooms.
        bookings = self.sudo().meeting_booking_id.filtered(
            lambda b: b.state in OPEN_BOOKING_STATES
        )
        if bookings:
            bookings.action_cancel()
