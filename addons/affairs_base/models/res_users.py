# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    affairs_agency_ids = fields.Many2many(
        "hr.department",
        string="Agencies",
        compute="_compute_affairs_agency_ids",
        help="Agencies of the user's employees; record rules of agency users use it.",
    )

    @api.depends("employee_ids.affairs_agency_id")
    def _compute_affairs_agency_ids(self):
        # sudo: agency cadres cannot read hr.employee, yet record rules must
        # know their agency; only the agency ids leave this method.
        for user in self:
            employees = user.sudo().with_context(active_test=False).employee_ids
            user.affairs_agency_ids = employees.affairs_agency_id.ids
