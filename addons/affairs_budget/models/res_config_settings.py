# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    affairs_budget_warning_rate = fields.Float(
        related="company_id.affairs_budget_warning_rate", readonly=False
    )
