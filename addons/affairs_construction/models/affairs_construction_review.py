# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_construction_project import MAX_AMOUNT, _rate


class AffairsConstructionReview(models.Model):
    """A review by the project review group (工程编审组): design, budget,
    settlement. The reviewed amount against the submitted one gives the
    review reduction (审减额 / 审减率)."""

    _name = "affairs.construction.review"
    _inherit = ["mail.thread"]
    _description = "Construction Review"
    _order = "review_date desc, id desc"
    _check_company_auto = True

    project_id = fields.Many2one(
        "affairs.construction.project",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    currency_id = fields.Many2one(related="project_id.currency_id")
    agency_id = fields.Many2one(related="project_id.agency_id", store=True)
    review_type = fields.Selection(
        [
            ("design", "Design Review"),
            ("budget", "Budget Review"),
            ("settlement", "Settlement Review"),
        ],
        required=True,
        default="budget",
    )
    review_date = fields.Date(required=True, default=fields.Date.context_today)
    reviewer_ids = fields.Many2many("res.users", string="Reviewers")
    submitted_amount = fields.Monetary(string="Submitted Amount")
    reviewed_amount = fields.Monetary(string="Reviewed Amount")
    reduction_amount = fields.Monetary(
        string="Review Reduction", compute="_compute_reduction", store=True
    )
    reduction_rate = fields.Float(
        string="Review Reduction Rate (%)",
        compute="_compute_reduction",
        store=True,
        aggregator="avg",
        digits=(16, 2),
    )
    comments = fields.Text()
    requested_changes = fields.Text()
    state = fields.Selection(
        [("draft", "In Review"), ("done", "Concluded")],
        default="draft",
        required=True,
        tracking=True,
    )

    @api.depends("submitted_amount", "reviewed_amount")
    def _compute_reduction(self):
        for review in self:
            reduction = review.submitted_amount - review.reviewed_amount
            review.reduction_amount = reduction
            review.reduction_rate = _rate(reduction, review.submitted_amount)

    @api.constrains("submitted_amount", "reviewed_amount")
    def _check_amounts(self):
        for review in self:
            if not (
                0 <= review.submitted_amount <= MAX_AMOUNT
                and 0 <= review.reviewed_amount <= MAX_AMOUNT
            ):
                raise ValidationError(
                    self.env._("Review amounts must be positive and plausible.")
                )

    def action_done(self):
        """Conclude the review: its reduction counts for the project."""
        self = self._affairs_in_user_lang()
        for review in self:
            if review.state != "draft":
                raise UserError(self.env._("This review is already concluded."))
            if not (review.reviewer_ids and review.submitted_amount):
                raise UserError(
                    self.env._("Name the reviewers and the submitted amount first.")
                )
        self.write({"state": "done"})
        return True

    def action_reopen(self):
        self = self._affairs_in_user_lang()
        self.write({"state": "draft"})
        return True
