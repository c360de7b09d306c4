# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    affairs_reception_id = fields.Many2one(
        "affairs.reception",
        string="Official Reception",
        index="btree_not_null",
        readonly=True,
        copy=False,
    )
