# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsRoomAssignment(models.Model):
    """One period during which a room was held by an agency and its occupants."""

    _name = "affairs.room.assignment"
    _description = "Room Assignment History"
    _order = "date_from desc, id desc"

    room_id = fields.Many2one(
        "affairs.room", required=True, index=True, ondelete="cascade"
    )
    building_id = fields.Many2one(related="room_id.building_id", store=True)
    agency_id = fields.Many2one("hr.department", string="Agency", index=True)
    employee_ids = fields.Many2many("hr.employee", string="Occupants")
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To")
    request_id = fields.Many2one(
        "affairs.space.request", string="Space Request", index="btree_not_null"
    )
    company_id = fields.Many2one(related="room_id.company_id", store=True)
