# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsBuilding(models.Model):
    """An office building of the compound, with its title (产权) data."""

    _name = "affairs.building"
    _description = "Office Building"
    _inherit = ["mail.thread", "affairs.import.mixin"]
    _affairs_import_key = ("code",)
    _order = "code, name, id"
    _check_company_auto = True
    _affairs_historic_date_fields = ("title_date",)

    name = fields.Char(required=True, tracking=True, translate=True)
    code = fields.Char(index=True)
    address = fields.Char()
    floor_count = fields.Integer(string="Floors")
    structure = fields.Selection(
        [
            ("steel", "Steel structure"),
            ("concrete", "Reinforced concrete"),
            ("brick_concrete", "Brick-concrete"),
            ("brick_wood", "Brick-wood"),
            ("simple", "Temporary / simple"),
        ]
    )
    year_built = fields.Integer()
    # Title (产权)
    title_certificate = fields.Char(string="Title Certificate No.", tracking=True)
    title_owner_id = fields.Many2one(
        "res.partner", string="Title Holder", tracking=True, check_company=True
    )
    title_area = fields.Float(
        string="Title Building Area (m²)", digits=(12, 2), tracking=True
    )
    title_date = fields.Date(string="Registered On")
    room_ids = fields.One2many("affairs.room", "building_id", string="Rooms")
    room_count = fields.Integer(compute="_compute_room_stats")
    usable_area = fields.Float(
        string="Usable Area (m²)", compute="_compute_room_stats", digits=(12, 2)
    )
    office_area = fields.Float(
        string="Office Area (m²)", compute="_compute_room_stats", digits=(12, 2)
    )
    free_room_count = fields.Integer(compute="_compute_room_stats")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    active = fields.Boolean(default=True)

    _code_company_uniq = models.Constraint(
        "UNIQUE(code, company_id)", "The building code must be unique."
    )
    _title_area_positive = models.Constraint(
        "CHECK(title_area >= 0)", "The title area cannot be negative."
    )

    @api.model
    def _affairs_import_templates(self):
        return {
            "building": (
                self.env._("Buildings"),
                [
                    "code",
                    "name",
                    "address",
                    "floor_count",
                    "structure",
                    "year_built",
                    "title_certificate",
                    "title_area",
                ],
            )
        }

    @api.depends("room_ids.usable_area", "room_ids.usage", "room_ids.state")
    def _compute_room_stats(self):
        data = self.env["affairs.room"]._read_group(
            [("building_id", "in", self.ids)],
            ["building_id", "usage", "state"],
            ["__count", "usable_area:sum"],
        )
        stats = {}
        for building, usage, state, count, area in data:
            values = stats.setdefault(building.id, [0, 0.0, 0.0, 0])
            values[0] += count
            values[1] += area
            values[2] += area if usage == "office" else 0.0
            values[3] += count if state == "free" else 0
        for building in self:
            values = stats.get(building.id, [0, 0.0, 0.0, 0])
            building.room_count = values[0]
            building.usable_area = values[1]
            building.office_area = values[2]
            building.free_room_count = values[3]

    def action_view_rooms(self):
        """Open the rooms of the building."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "affairs_property.affairs_room_action"
        )
        action["domain"] = [("building_id", "=", self.id)]
        action["context"] = {"default_building_id": self.id}
        return action
