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

    @api.model
    def review_user_count(self):
        # base_tier_validation names each model by its untranslated
        # ``_description`` ("Vehicle Request"); the systray and the review list
        # it opens show the model's name in the user's language.
        reviews = super().review_user_count()
        for review in reviews:
            model = self.env["ir.model"]._get(review["model"])
            if model:
                review["name"] = model.name
        return reviews
