# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsRoom(models.Model):
    """A room of the register opens the meeting room it backs."""

    _inherit = "affairs.room"

    meeting_room_ids = fields.One2many(
        "affairs.meeting.room", "property_room_id", string="Meeting Rooms"
    )
    meeting_room_id = fields.Many2one(
        "affairs.meeting.room",
        string="Meeting Room",
        compute="_compute_meeting_room_id",
        help="The meeting room of the meeting centre this room is.",
    )

    @api.depends("meeting_room_ids")
    def _compute_meeting_room_id(self):
        for room in self:
            room.meeting_room_id = room.meeting_room_ids[:1]

    def action_open_meeting_room(self):
        """The meeting room this room is, or a new one taken from it."""
        self.ensure_one()
        action = {
            "type": "ir.actions.act_window",
            "name": self.env._("Meeting Room"),
            "res_model": "affairs.meeting.room",
            "view_mode": "form",
            "views": [(False, "form")],
        }
        if self.meeting_room_id:
            return action | {"res_id": self.meeting_room_id.id}
        if self.usage != "meeting":
            raise UserError(
                self.env._(
                    "%s is not registered as a meeting room: set its usage to "
                    "Meeting Room first.",
                    self.display_name,
                )
            )
        return action | {
            "context": {
                "default_property_room_id": self.id,
                "default_company_id": self.company_id.id,
            }
        }
