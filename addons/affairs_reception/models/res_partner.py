# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_designated_hotel = fields.Boolean(
        string="Designated Reception Hotel",
        help="定点饭店: hotel at agreed prices where official guests are lodged.",
    )
    is_designated_venue = fields.Boolean(
        string="Designated Reception Venue",
        help="Canteen or restaurant agreed for official meals: only these are "
        "offered as the venue of a reception meal.",
    )
