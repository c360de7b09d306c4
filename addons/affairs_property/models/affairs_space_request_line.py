# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsSpaceRequestLine(models.Model):
    """A room of a space request and the people to seat in it."""

    _name = "affairs.space.request.line"
    _description = "Office Space Request Room"
    _check_company_auto = True
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "request_id"

    request_id = fields.Many2one(
        "affairs.space.request", required=True, index=True, ondelete="cascade"
    )
    room_id = fields.Many2one(
        "affairs.room", required=True, index=True, check_company=True
    )
    employee_ids = fields.Many2many(
        "hr.employee", string="Occupants", check_company=True
    )
    usable_area = fields.Float(related="room_id.usable_area", string="Usable Area (m²)")
    usage = fields.Selection(related="room_id.usage")
    room_state = fields.Selection(related="room_id.state", string="Room Status")
    current_agency_id = fields.Many2one(
        related="room_id.agency_id", string="Current Agency"
    )
    entitled_area = fields.Float(
        string="Entitled Area (m²)",
        compute="_compute_entitled_area",
        digits=(10, 2),
        compute_sudo=True,
    )
    over_area = fields.Float(
        string="Over-standard Area (m²)",
        compute="_compute_entitled_area",
        digits=(10, 2),
        compute_sudo=True,
    )
    is_over_standard = fields.Boolean(
        compute="_compute_entitled_area", compute_sudo=True
    )
    company_id = fields.Many2one(related="request_id.company_id", store=True)

    @api.depends(
        "room_id",
        "employee_ids.affairs_post_level_id",
        "request_id.agency_id.affairs_level",
        "request_id.request_type",
        "request_id.date_done",
    )
    def _compute_entitled_area(self):
        Room = self.env["affairs.room"]
        for line in self:
            request = line.request_id
            office = line.room_id.usage == "office" and request.request_type != "vacate"
            # The standards in force on the assignment date (today until done).
            entitled = (
                Room._affairs_entitlement(
                    request.agency_id,
                    line.employee_ids,
                    company=request.company_id,
                    date=request.date_done,
                )
                if office
                else 0.0
            )
            line.entitled_area = entitled
            over = max(line.room_id.usable_area - entitled, 0.0) if office else 0.0
            line.over_area = round(over, 2)
            line.is_over_standard = line.over_area > 0

    def _affairs_check_rooms(self):
        for line in self:
            request, room = line.request_id, line.room_id
            if request.request_type != "vacate" and room.state == "repair":
                raise UserError(
                    self.env._(
                        "Room %(room)s is under repair and cannot be allocated.",
                        room=room.display_name,
                    )
                )
            if request.request_type == "allocate" and (
                room.agency_id or room.state != "free"
            ):
                raise UserError(
                    self.env._("Room %(room)s is not free.", room=room.display_name)
                )
            if request.request_type == "vacate" and room.agency_id != request.agency_id:
                raise UserError(
                    self.env._(
                        "Room %(room)s is not held by %(agency)s.",
                        room=room.display_name,
                        agency=request.agency_id.name,
                    )
                )

    def _affairs_apply(self):
        # sudo: the bureau carries out an approved request on rooms the
        # approver may not be allowed to edit field by field.
        for line in self:
            room = line.room_id.sudo().with_context(
                affairs_space_request_id=line.request_id.id
            )
            if line.request_id.request_type == "vacate":
                room.write(
                    {
                        "agency_id": False,
                        "occupant_ids": [fields.Command.clear()],
                        "state": "free",
                    }
                )
            else:
                room.write(
                    {
                        "agency_id": line.request_id.agency_id.id,
                        "occupant_ids": [fields.Command.set(line.employee_ids.ids)],
                    }
                )
