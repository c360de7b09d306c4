# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsMaintenanceKind(models.Model):
    """A kind of preventive maintenance (monthly lift check, annual boiler
    service, ...) with the checklist its requests are worked through."""

    _name = "affairs.maintenance.kind"
    _description = "Maintenance Kind"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    checklist_item_ids = fields.One2many(
        "affairs.maintenance.checklist.item", "kind_id", string="Checklist"
    )
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
