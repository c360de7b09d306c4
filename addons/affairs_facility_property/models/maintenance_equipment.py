# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class MaintenanceEquipment(models.Model):
    _inherit = "maintenance.equipment"

    affairs_building_id = fields.Many2one(
        "affairs.building",
        string="Building (Register)",
        compute="_compute_affairs_building_id",
        store=True,
        readonly=False,
        index="btree_not_null",
    )
    affairs_room_id = fields.Many2one(
        "affairs.room", string="Room (Register)", index="btree_not_null"
    )
    affairs_asset_id = fields.Many2one(
        "affairs.asset", string="Asset Card", index="btree_not_null", copy=False
    )
    # The location's texts come from the register when a building or room is
    # chosen (they stay editable for plant outside the register).
    affairs_building = fields.Char(
        compute="_compute_affairs_location", store=True, readonly=False
    )
    affairs_floor = fields.Char(
        compute="_compute_affairs_location", store=True, readonly=False
    )
    affairs_room = fields.Char(
        compute="_compute_affairs_location", store=True, readonly=False
    )

    @api.depends("affairs_room_id")
    def _compute_affairs_building_id(self):
        for equipment in self:
            if equipment.affairs_room_id:
                equipment.affairs_building_id = equipment.affairs_room_id.building_id

    @api.depends("affairs_building_id", "affairs_room_id")
    def _compute_affairs_location(self):
        for equipment in self:
            room = equipment.affairs_room_id
            if equipment.affairs_building_id:
                equipment.affairs_building = equipment.affairs_building_id.name
            if room:
                equipment.affairs_floor = str(room.floor)
                equipment.affairs_room = room.name

    @api.constrains("affairs_room_id", "affairs_agency_id")
    def _check_affairs_room_agency(self):
        for equipment in self:
            room = equipment.affairs_room_id
            if (
                room.agency_id
                and equipment.affairs_agency_id
                and (room.agency_id != equipment.affairs_agency_id)
            ):
                raise ValidationError(
                    self.env._(
                        "%(equipment)s is in room %(room)s of %(room_agency)s, "
                        "not of %(agency)s.",
                        equipment=equipment.display_name,
                        room=room.display_name,
                        room_agency=room.agency_id.name,
                        agency=equipment.affairs_agency_id.name,
                    )
                )

    @api.onchange("affairs_room_id")
    def _onchange_affairs_room_id(self):
        if self.affairs_room_id.agency_id and not self.affairs_agency_id:
            self.affairs_agency_id = self.affairs_room_id.agency_id

    def action_affairs_open_asset(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "affairs.asset",
            "res_id": self.affairs_asset_id.id,
            "view_mode": "form",
        }
