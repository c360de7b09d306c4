# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsDesignatedVendor(models.Model):
    _inherit = "affairs.designated.vendor"

    supplier_id = fields.Many2one(
        "affairs.designated.supplier",
        string="Procurement Designation",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
        help="The procurement designation this provider comes from; it keeps "
        "the provider in step.",
    )
