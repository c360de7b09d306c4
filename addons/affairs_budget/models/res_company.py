# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    affairs_budget_warning_rate = fields.Float(
        string="Budget Warning Rate (%)",
        default=80.0,
        help="A budget line whose committed and actual spending reach this "
        "share of its budget warns its approver (0 disables the warning).",
    )

    _affairs_budget_warning_rate_range = models.Constraint(
        "CHECK(affairs_budget_warning_rate >= 0 "
        "AND affairs_budget_warning_rate <= 100)",
        "The budget warning rate is a percentage between 0 and 100.",
    )
