# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import fields, models


class HrDepartment(models.Model):
    """Office-space compliance of an agency (核定面积, 超标面积)."""

    _inherit = "hr.department"

    affairs_room_ids = fields.One2many("affairs.room", "agency_id", string="Rooms")
    affairs_office_area = fields.Float(
        string="Office Area (m²)", compute="_compute_affairs_office", digits=(12, 2)
    )
    affairs_office_entitled_area = fields.Float(
        string="Entitled Office Area (m²)",
        compute="_compute_affairs_office",
        digits=(12, 2),
        help="Sum of the office area standards of the agency's staff.",
    )
    affairs_office_over_area = fields.Float(
        string="Over-standard Area (m²)",
        compute="_compute_affairs_office",
        digits=(12, 2),
        help="Sum of each office's area above its occupants' standard: a large "
        "office is not offset by a small one.",
    )
    affairs_office_net_over_area = fields.Float(
        string="Total Area above Entitlement (m²)",
        compute="_compute_affairs_office",
        digits=(12, 2),
        help="Office area of the agency minus its entitled area, when positive.",
    )
    affairs_office_per_capita = fields.Float(
        string="Office Area per Person (m²)",
        compute="_compute_affairs_office",
        digits=(10, 2),
    )
    affairs_office_staff_count = fields.Integer(
        string="Staff", compute="_compute_affairs_office"
    )
    affairs_office_room_count = fields.Integer(
        string="Offices", compute="_compute_affairs_office"
    )
    affairs_office_over_room_count = fields.Integer(
        string="Over-standard Offices", compute="_compute_affairs_office"
    )
    affairs_office_over_standard = fields.Boolean(
        string="Office Space Over Standard",
        compute="_compute_affairs_office",
        search="_search_affairs_office_over_standard",
    )

    def _compute_affairs_office(self):
        figures = self._affairs_office_figures()
        for department in self:
            values = figures.get(department.id, {})
            area = values.get("area", 0.0)
            entitled = values.get("entitled", 0.0)
            staff = values.get("staff", 0)
            department.affairs_office_area = area
            department.affairs_office_entitled_area = entitled
            department.affairs_office_over_area = round(values.get("over_area", 0.0), 2)
            department.affairs_office_net_over_area = round(
                max(area - entitled, 0.0), 2
            )
            department.affairs_office_per_capita = (
                round(area / staff, 2) if staff else 0.0
            )
            department.affairs_office_staff_count = staff
            department.affairs_office_room_count = values.get("rooms", 0)
            department.affairs_office_over_room_count = values.get("over_rooms", 0)
            department.affairs_office_over_standard = bool(
                department.affairs_office_over_area > 0
                or department.affairs_office_over_room_count
            )

    def _search_affairs_office_over_standard(self, operator, value):
        if operator != "in":
            return NotImplemented
        agencies = self.search([("is_affairs_agency", "=", True)])
        over = agencies.filtered("affairs_office_over_standard")
        wanted = over if True in value else agencies - over
        return [("id", "in", wanted.ids)]

    def _affairs_office_figures(self):
        """Office figures per agency with a constant number of queries."""
        agencies = self.filtered("is_affairs_agency")
        figures = defaultdict(dict)
        if not agencies:
            return figures
        # sudo: compliance figures are aggregates every agency user may see,
        # though agency users cannot read other agencies' staff.
        Room = self.env["affairs.room"].sudo()
        for agency, over, count, area, over_area in Room._read_group(
            [("agency_id", "in", agencies.ids), ("usage", "=", "office")],
            ["agency_id", "is_over_standard"],
            ["__count", "usable_area:sum", "over_area:sum"],
        ):
            values = figures[agency.id]
            values["area"] = values.get("area", 0.0) + area
            values["over_area"] = values.get("over_area", 0.0) + over_area
            values["rooms"] = values.get("rooms", 0) + count
            values["over_rooms"] = values.get("over_rooms", 0) + (count if over else 0)
        # sudo: agency users cannot read other agencies' staff; only head counts leave.
        staff_data = (
            self.env["hr.employee"]
            .sudo()
            ._read_group(
                [("affairs_agency_id", "in", agencies.ids)],
                ["affairs_agency_id", "affairs_post_level_id"],
                ["__count"],
            )
        )
        # sudo: area standards are reference data every reader applies.
        area_maps = {
            company.id: self.env["affairs.area.standard"]
            .sudo()
            ._affairs_area_map(company=company)
            for company in agencies.company_id
        }
        for agency, post_level, count in staff_data:
            area_map = area_maps.get(agency.company_id.id, {})
            standard = area_map.get((agency.affairs_level, post_level.id), 0.0)
            values = figures[agency.id]
            values["entitled"] = values.get("entitled", 0.0) + standard * count
            values["staff"] = values.get("staff", 0) + count
        return figures

    def action_view_affairs_rooms(self):
        """Open the rooms held by the agency."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "affairs_property.affairs_room_action"
        )
        action["domain"] = [("agency_id", "=", self.id)]
        action["context"] = {}
        return action
