# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class HrEmployeePublic(models.Model):
    """Rank and agency are public: colleagues and bureau staff see them."""

    _inherit = "hr.employee.public"

    affairs_rank_id = fields.Many2one(
        "affairs.rank", string="Post / Rank", readonly=True
    )
    affairs_post_level_id = fields.Many2one(
        "affairs.rank", string="Post Level", readonly=True
    )
    affairs_agency_id = fields.Many2one("hr.department", string="Agency", readonly=True)
