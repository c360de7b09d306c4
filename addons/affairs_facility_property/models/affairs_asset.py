# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsAsset(models.Model):
    _inherit = "affairs.asset"

    affairs_equipment_ids = fields.One2many(
        "maintenance.equipment", "affairs_asset_id", string="Equipment"
    )

    def action_affairs_open_equipment(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Equipment"),
            "res_model": "maintenance.equipment",
            "view_mode": "list,form",
            "domain": [("affairs_asset_id", "=", self.id)],
            "context": {"default_affairs_asset_id": self.id},
        }
