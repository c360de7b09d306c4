# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain

INACTIVE_RECEPTION_STATES = ("rejected", "cancel")


class AffairsReceptionActivity(models.Model):
    """An itinerary activity may take place in one of the compound's meeting rooms.

    A room is never booked twice for overlapping times: PostgreSQL refuses it
    (exclusion constraint), so two officers saving at the same moment cannot
    both get the room; the Python check only words the refusal earlier.
    """

    _inherit = "affairs.reception.activity"

    room_id = fields.Many2one(
        "affairs.room",
        string="Meeting Room",
        domain=[("usage", "=", "meeting")],
        index="btree_not_null",
        check_company=True,
    )
    room_booked = fields.Boolean(
        compute="_compute_room_booked",
        store=True,
        help="The activity holds its room (its reception is not rejected or cancelled).",
    )

    _room_no_double_booking = models.Constraint(
        "EXCLUDE USING gist (room_id WITH =, tsrange(date_start, date_end, '[)') WITH &&) "
        "WHERE (room_id IS NOT NULL AND room_booked)",
        "This meeting room is already booked at that time.",
    )

    @api.depends("room_id", "reception_id.state")
    def _compute_room_booked(self):
        for activity in self:
            activity.room_booked = bool(activity.room_id) and (
                activity.reception_id.state not in INACTIVE_RECEPTION_STATES
            )

    @api.constrains("room_id", "date_start", "date_end", "room_booked")
    def _check_room(self):
        for activity in self.filtered("room_booked"):
            room = activity.room_id
            if room.usage != "meeting":
                raise ValidationError(
                    self.env._("%(room)s is not a meeting room.", room=room.display_name)
                )
            if room.state == "repair":
                raise ValidationError(
                    self.env._("%(room)s is under repair.", room=room.display_name)
                )
            # Not on room_booked: searching it would flush this very booking
            # and let the database refuse it before the clear message below.
            clash = self.search(
                Domain("id", "!=", activity.id)
                & Domain("room_id", "=", room.id)
                & Domain("reception_id.state", "not in", INACTIVE_RECEPTION_STATES)
                & Domain("date_start", "<", activity.date_end)
                & Domain("date_end", ">", activity.date_start),
                limit=1,
            )
            if clash:
                raise ValidationError(
                    self.env._(
                        "%(room)s is already booked from %(start)s to %(end)s for %(other)s.",
                        room=room.display_name,
                        start=fields.Datetime.to_string(clash.date_start),
                        end=fields.Datetime.to_string(clash.date_end),
                        other=clash.reception_id.display_name,
                    )
                )
