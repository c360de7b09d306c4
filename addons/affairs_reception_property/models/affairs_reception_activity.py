# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.affairs_base.models.affairs_no_overlap_mixin import NoOverlap

INACTIVE_RECEPTION_STATES = ("rejected", "cancel")


class AffairsReceptionActivity(models.Model):
    """An itinerary activity may take place in one of the compound's meeting rooms.

    A room is never booked twice for overlapping times: PostgreSQL refuses it
    (exclusion constraint), so two officers saving at the same moment cannot
    both get the room; the Python check only words the refusal earlier.
    """

    _name = "affairs.reception.activity"
    _inherit = ["affairs.reception.activity", "affairs.no.overlap.mixin"]

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

    _room_no_double_booking = NoOverlap(
        "room_id",
        "date_start",
        "date_end",
        holding={"room_booked": True},
        message="This meeting room is already booked at that time.",
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
                    self.env._(
                        "%(room)s is not a meeting room.", room=room.display_name
                    )
                )
            if room.state == "repair":
                raise ValidationError(
                    self.env._("%(room)s is under repair.", room=room.display_name)
                )
        # Not flushed: this very booking would reach the database, which would
        # refuse it before the clear message.
        self.filtered("room_booked")._affairs_check_no_overlap(flush=False)
