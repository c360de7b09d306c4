# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsAsset(models.Model):
    _inherit = "affairs.asset"

    construction_project_id = fields.Many2one(
        "affairs.construction.project",
        string="Construction Project",
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
        help="Project whose final account gave this asset its value.",
    )
