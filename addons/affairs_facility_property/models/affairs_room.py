# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsRoom(models.Model):
    _inherit = "affairs.room"

    affairs_equipment_ids = fields.One2many(
        "maintenance.equipment", "affairs_room_id", string="Equipment"
    )
    affairs_equipment_count = fields.Integer(
        string="Equipment Count", compute="_compute_affairs_equipment_count"
    )

    def _compute_affairs_equipment_count(self):
        counts = dict(
            self.env["maintenance.equipment"]._read_group(
                [("affairs_room_id", "in", self.ids)], ["affairs_room_id"], ["__count"]
            )
        )
        for room in self:
            room.affairs_equipment_count = counts.get(room, 0)

    def action_affairs_open_equipment(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Equipment"),
            "res_model": "maintenance.equipment",
            "view_mode": "list,form",
            "domain": [("affairs_room_id", "=", self.id)],
            "context": {
                "default_affairs_room_id": self.id,
                "default_affairs_agency_id": self.agency_id.id,
            },
        }
