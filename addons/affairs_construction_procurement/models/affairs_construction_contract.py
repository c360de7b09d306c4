# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsConstructionContract(models.Model):
    _inherit = "affairs.construction.contract"

    procurement_project_id = fields.Many2one(
        "affairs.procurement.project",
        string="Tender",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="Procurement project whose award this contract is.",
    )
