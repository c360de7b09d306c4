# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    affairs_standard_book_id = fields.Many2one(
        "affairs.standard.book",
        string="Standards Book",
        help="The local standards book of this compound; rules missing from it "
        "come from the books it overrides (national by default).",
    )
