# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsServiceContract(models.Model):
    _inherit = "affairs.service.contract"

    affairs_building_ids = fields.Many2many(
        "affairs.building", string="Buildings Served"
    )

    @api.onchange("affairs_building_ids")
    def _onchange_affairs_building_ids(self):
        if self.affairs_building_ids:
            self.scope = "、".join(self.affairs_building_ids.mapped("name"))
