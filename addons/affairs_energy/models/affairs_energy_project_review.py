# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsEnergyProjectReview(models.Model):
    """The opinion of one expert of the group (专家组) on a project."""

    _name = "affairs.energy.project.review"
    _description = "Retrofit Project Expert Review"
    _order = "project_id, date desc, id"

    project_id = fields.Many2one(
        "affairs.energy.project", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    expert_id = fields.Many2one("res.partner", string="Expert", required=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    opinion = fields.Selection(
        [
            ("approve", "Feasible"),
            ("revise", "Revise and Resubmit"),
            ("reject", "Not Feasible"),
        ],
        required=True,
    )
    comment = fields.Text()

    @api.constrains("expert_id", "project_id")
    def _check_expert(self):
        for review in self:
            experts = review.project_id.expert_ids
            if experts and review.expert_id not in experts:
                raise ValidationError(
                    self.env._(
                        "%(expert)s is not in the expert group of %(project)s.",
                        expert=review.expert_id.name,
                        project=review.project_id.name,
                    )
                )
