# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsMeetingRoom(models.Model):
    """A meeting room of the centre backed by a room of the property register."""

    _inherit = "affairs.meeting.room"

    property_room_id = fields.Many2one(
        "affairs.room",
        string="Register Room",
        index="btree_not_null",
        ondelete="restrict",
        check_company=True,
        tracking=True,
        domain=[("usage", "=", "meeting")],
        help="The room of the property register this meeting room is: its name "
        "and location come from the register.",
    )
    name = fields.Char(
        compute="_compute_from_property_room",
        store=True,
        readonly=False,
        precompute=True,
    )
    location = fields.Char(
        compute="_compute_from_property_room",
        store=True,
        readonly=False,
        precompute=True,
    )

    _property_room_unique = models.Constraint(
        "UNIQUE(property_room_id)",
        "A room of the property register backs at most one meeting room.",
    )

    @api.depends(
        "property_room_id.name",
        "property_room_id.floor",
        "property_room_id.building_id.name",
        "property_room_id.building_id.code",
        "property_room_id.building_id.address",
    )
    def _compute_from_property_room(self):
        # Stored text: in the acting user's language, not English by default.
        env = self._affairs_in_user_lang().env
        for room in self.filtered("property_room_id"):
            register_room = room.property_room_id
            building = register_room.building_id
            room.name = register_room.display_name
            room.location = env._(
                "%(building)s, floor %(floor)s, room %(room)s%(address)s",
                building=building.name,
                floor=register_room.floor,
                room=register_room.name,
                address=f" ({building.address})" if building.address else "",
            )

    @api.constrains("property_room_id")
    def _check_property_room_usage(self):
        for room in self.filtered("property_room_id"):
            if room.property_room_id.usage != "meeting":
                raise ValidationError(
                    self.env._(
                        "%(room)s is registered as %(usage)s, not as a meeting "
                        "room: change its usage in the property register first.",
                        room=room.property_room_id.display_name,
                        usage=room.property_room_id._fields["usage"].convert_to_export(
                            room.property_room_id.usage, room.property_room_id
                        ),
                    )
                )
