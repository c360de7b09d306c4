# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsMaintenanceChecklistItem(models.Model):
    _name = "affairs.maintenance.checklist.item"
    _description = "Maintenance Checklist Item"
    _order = "kind_id, sequence, id"

    kind_id = fields.Many2one(
        "affairs.maintenance.kind", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Check", required=True, translate=True)
