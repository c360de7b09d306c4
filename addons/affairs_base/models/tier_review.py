# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class TierReview(models.Model):
    """In the suite's approval steps a group means everyone holding it.

    OCA tier validation takes a reviewer group's explicit members only, so a
    Manager (who implies Officer) could not approve an Officer step. The
    suite's groups are a ladder: a step for a group is open to the groups
    above it too.
    """

    _inherit = "tier.review"

    @api.model
    def _get_reviewer_fields(self):
        return [*super()._get_reviewer_fields(), "reviewer_group_id.all_user_ids"]

    def _get_reviewers(self):
        reviewers = super()._get_reviewers()
        approval_models = self.env.registry["affairs.approval.mixin"]._inherit_children
        if self.reviewer_group_id and self.model in approval_models:
            ladder = self.reviewer_group_id.all_user_ids
            if self.definition_id.exclude_requester and self.requested_by:
                ladder -= self.requested_by
            reviewers |= ladder
        return reviewers
