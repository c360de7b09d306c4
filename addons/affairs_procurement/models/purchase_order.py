# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PurchaseOrder(models.Model):
    _inherit = "purchase.order"

    affairs_procurement_project_id = fields.Many2one(
        "affairs.procurement.project",
        string="Procurement Project",
        index="btree_not_null",
        copy=False,
        readonly=True,
    )
    affairs_agency_id = fields.Many2one(
        related="affairs_procurement_project_id.agency_id",
        store=True,
        string="Agency",
    )
