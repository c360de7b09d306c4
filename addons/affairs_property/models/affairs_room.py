# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

ROOM_USAGES = [
    ("office", "Office (办公室)"),
    ("meeting", "Meeting Room (会议室)"),
    ("archive", "Archive (档案室)"),
    ("service", "Other Service Room (服务用房)"),
    ("equipment", "Plant Room (设备用房)"),
    ("ancillary", "Ancillary Room (附属用房)"),
]
ROOM_STATES = [
    ("free", "Free"),
    ("occupied", "Occupied"),
    ("reserved", "Reserved"),
    ("repair", "Under Repair"),
]


class AffairsRoom(models.Model):
    """A room of an office building, assigned to an agency and its occupants.

    An office is entitled to the sum of its occupants' standards; the standard
    of each occupant is the area standard of the organ level of the room's
    agency and the occupant's post level. An office held by an agency above
    its entitlement (including an office nobody sits in) is over standard.
    """

    _name = "affairs.room"
    _description = "Room"
    _inherit = ["mail.thread", "affairs.import.mixin"]
    _affairs_import_key = ("building_id", "name")
    _order = "building_id, floor, name, id"
    _check_company_auto = True
    # Basements are below the ground floor.
    _affairs_signed_fields = ("floor",)
    # Stored values computed from the rule tables (see affairs.standard.mixin).
    _affairs_rule_fields = {
        "affairs.area.standard": ("entitled_area", "over_area", "is_over_standard")
    }

    building_id = fields.Many2one(
        "affairs.building",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    name = fields.Char(string="Room No.", required=True, tracking=True)
    floor = fields.Integer(default=1)
    usable_area = fields.Float(
        string="Usable Area (m²)", required=True, digits=(10, 2), tracking=True
    )
    usage = fields.Selection(
        ROOM_USAGES, required=True, default="office", tracking=True, index=True
    )
    state = fields.Selection(
        ROOM_STATES,
        required=True,
        default="free",
        tracking=True,
        index=True,
        copy=False,
        group_expand=True,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        index=True,
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
        copy=False,
        check_company=True,
    )
    organ_level = fields.Selection(
        related="agency_id.affairs_level", string="Organ Level"
    )
    occupant_ids = fields.Many2many(
        "hr.employee",
        "affairs_room_employee_rel",
        "room_id",
        "employee_id",
        string="Occupants",
        copy=False,
        check_company=True,
    )
    occupant_count = fields.Integer(compute="_compute_entitled_area", store=True)
    entitled_area = fields.Float(
        string="Entitled Area (m²)",
        compute="_compute_entitled_area",
        store=True,
        digits=(10, 2),
        help="Sum of the occupants' office area standards.",
    )
    over_area = fields.Float(
        string="Over-standard Area (m²)",
        compute="_compute_entitled_area",
        store=True,
        digits=(10, 2),
    )
    is_over_standard = fields.Boolean(
        string="Over Standard", compute="_compute_entitled_area", store=True, index=True
    )
    missing_standard = fields.Boolean(
        string="Standard Missing",
        compute="_compute_entitled_area",
        store=True,
        help="An occupant has no post level or no standard applies to it.",
    )
    agency_office_area = fields.Float(
        related="agency_id.affairs_office_area", string="Agency Office Area (m²)"
    )
    agency_entitled_area = fields.Float(
        related="agency_id.affairs_office_entitled_area",
        string="Agency Entitled Area (m²)",
    )
    agency_over_area = fields.Float(
        related="agency_id.affairs_office_over_area",
        string="Agency Over-standard Area (m²)",
    )
    assignment_ids = fields.One2many(
        "affairs.room.assignment", "room_id", string="Assignment History"
    )
    repair_ids = fields.Many2many(
        "affairs.repair",
        "affairs_repair_room_rel",
        "room_id",
        "repair_id",
        string="Repairs",
    )
    company_id = fields.Many2one(
        related="building_id.company_id", store=True, index=True, precompute=True
    )
    active = fields.Boolean(default=True)
    note = fields.Text()

    _name_building_uniq = models.Constraint(
        "UNIQUE(building_id, name)", "A room number must be unique in its building."
    )
    _usable_area_positive = models.Constraint(
        "CHECK(usable_area > 0)", "The usable area of a room must be positive."
    )

    @api.model
    def _affairs_import_templates(self):
        return {
            "room": (
                self.env._("Rooms with Occupants"),
                [
                    "building_id",
                    "name",
                    "floor",
                    "usable_area",
                    "usage",
                    "agency_id",
                    "occupant_ids",
                ],
            )
        }

    @api.depends("building_id.code", "name")
    def _compute_display_name(self):
        for room in self:
            prefix = room.building_id.code or room.building_id.name or ""
            room.display_name = f"{prefix}-{room.name}" if prefix else room.name

    @api.depends(
        "usage",
        "usable_area",
        "agency_id.affairs_level",
        "occupant_ids.affairs_post_level_id",
        "company_id",
    )
    def _compute_entitled_area(self):
        area_maps = self._affairs_area_maps()
        for room in self:
            area_map = area_maps.get(room.company_id.id, {})
            level = room.agency_id.affairs_level
            areas = [
                area_map.get((level, employee.affairs_post_level_id.id))
                for employee in room.occupant_ids
            ]
            room.occupant_count = len(room.occupant_ids)
            room.missing_standard = room.usage == "office" and None in areas
            entitled = sum(area or 0.0 for area in areas)
            is_office = room.usage == "office" and room.agency_id
            room.entitled_area = entitled if room.usage == "office" else 0.0
            over = max(room.usable_area - entitled, 0.0) if is_office else 0.0
            room.over_area = round(over, 2)
            room.is_over_standard = room.over_area > 0.0

    @api.constrains("occupant_ids", "agency_id")
    def _check_occupants(self):
        for room in self:
            strangers = room.occupant_ids.filtered(
                lambda employee, r=room: employee.affairs_agency_id != r.agency_id
            )
            if strangers:
                raise ValidationError(
                    self.env._(
                        "%(people)s do not work for the agency of room %(room)s.",
                        people=", ".join(strangers.mapped("name")),
                        room=room.display_name,
                    )
                )
        self._check_one_office_per_person()

    def _check_one_office_per_person(self):
        """A person has one office only (管理办法: 一人一处办公室)."""
        employees = self.filtered(lambda room: room.usage == "office").occupant_ids
        if not employees:
            return
        data = self._read_group(
            [("usage", "=", "office"), ("occupant_ids", "in", employees.ids)],
            ["occupant_ids"],
            ["__count"],
        )
        doubles = [
            employee for employee, count in data if count > 1 and employee in employees
        ]
        if doubles:
            raise ValidationError(
                self.env._(
                    "A person may occupy one office only: %(people)s.",
                    people=", ".join(employee.name for employee in doubles),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("agency_id") and vals.get("state", "free") == "free":
                vals["state"] = "occupied"
        rooms = super().create(vals_list)
        rooms.filtered("agency_id")._affairs_log_assignment()
        return rooms

    def write(self, vals):
        if vals.get("agency_id"):
            self._affairs_check_allocatable()
        res = super().write(vals)
        if {"agency_id", "occupant_ids"} & vals.keys():
            if "state" not in vals:
                self.filtered(
                    lambda room: room.agency_id and room.state == "free"
                ).write({"state": "occupied"})
                self.filtered(
                    lambda room: not room.agency_id and room.state == "occupied"
                ).write({"state": "free"})
            self._affairs_log_assignment()
        return res

    def action_view_assignments(self):
        """Open the assignment history of the room."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Assignment History"),
            "res_model": "affairs.room.assignment",
            "view_mode": "list,form",
            "domain": [("room_id", "=", self.id)],
        }

    def action_view_agency_compliance(self):
        """Open the office-space compliance of the room's agency."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "affairs_property.hr_department_action_affairs_compliance"
        )
        action["domain"] = [("id", "=", self.agency_id.id)]
        return action

    def _affairs_check_allocatable(self):
        repairing = self.filtered(lambda room: room.state == "repair")
        if repairing:
            raise ValidationError(
                self.env._(
                    "Rooms under repair cannot be allocated: %(rooms)s.",
                    rooms=", ".join(repairing.mapped("display_name")),
                )
            )

    def _affairs_log_assignment(self):
        """Close the open assignment of each room and open the current one."""
        # sudo: the assignment history is derived data, kept whoever allocates the room.
        Assignment = self.env["affairs.room.assignment"].sudo()
        today = fields.Date.context_today(self)
        request_id = self.env.context.get("affairs_space_request_id")
        Assignment.search([("room_id", "in", self.ids), ("date_to", "=", False)]).write(
            {"date_to": today}
        )
        Assignment.create(
            [
                {
                    "room_id": room.id,
                    "agency_id": room.agency_id.id,
                    "employee_ids": [fields.Command.set(room.occupant_ids.ids)],
                    "date_from": today,
                    "request_id": request_id,
                }
                for room in self
                if room.agency_id
            ]
        )

    def _affairs_area_maps(self):
        """Area standards in force today per company of the rooms."""
        # sudo: the entitlement of a room does not depend on who reads it.
        Standard = self.env["affairs.area.standard"].sudo()
        today = fields.Date.context_today(self)
        return {
            company.id: Standard._affairs_area_map(company=company, date=today)
            for company in self.company_id
        }

    def _affairs_rule_recompute_domain(self):
        return [("usage", "=", "office")]

    def _affairs_recompute_compliance(self):
        """Recompute entitlements after a change the ORM cannot see (a rule)."""
        for fname in ("entitled_area", "over_area", "is_over_standard"):
            self.env.add_to_compute(self._fields[fname], self)
        self._recompute_recordset()

    @api.model
    def _affairs_entitlement(self, agency, employees, company=None, date=None):
        """Entitled area of ``employees`` seated in an office of ``agency``.

        The standards in force on ``date`` (the assignment's, today by default).
        """
        company = company or agency.company_id or self.env.company
        # sudo: the entitlement does not depend on who reads it.
        area_map = (
            self.sudo()
            .env["affairs.area.standard"]
            ._affairs_area_map(
                company=company, date=date or fields.Date.context_today(self)
            )
        )
        level = agency.affairs_level
        return sum(
            area_map.get((level, employee.affairs_post_level_id.id), 0.0)
            for employee in employees
        )
