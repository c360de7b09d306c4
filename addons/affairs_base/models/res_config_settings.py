# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    affairs_standard_book_id = fields.Many2one(
        related="company_id.affairs_standard_book_id", readonly=False
    )
    affairs_resource_calendar_id = fields.Many2one(
        related="company_id.resource_calendar_id",
        readonly=False,
        string="Service Working Hours",
    )
