# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.orm.domains import DomainAnd, DomainCondition

from .affairs_approval_mixin import in_affairs_mechanism


class TierReview(models.Model):
    """Approval steps of the suite's requests, sealed.

    In the suite's approval steps a group means everyone holding it: OCA
    tier validation takes a reviewer group's explicit members only, so a
    Manager (who implies Officer) could not approve an Officer step. The
    suite's groups are a ladder: a step for a group is open to the groups
    above it too.

    Reviews are records of what happened: users get read access only (see
    ir.model.access.csv) and the approval mechanism alone (the mixin's
    actions, inside ``affairs_mechanism``) creates, changes or deletes them.
    Users read the reviews of the documents they can read, nothing else.
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

    # ------------------------------------------------------------------
    # Sealed: only the mechanism writes
    # ------------------------------------------------------------------
    def _affairs_check_sealed(self):
        if not (self.env.su or in_affairs_mechanism()):
            raise UserError(
                self.env._(
                    "Approval steps are records of the approval itself: approve, "
                    "reject or cancel the request through its actions instead."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._affairs_check_sealed()
        # sudo: users have read access only; the mechanism writes reviews.
        return super(TierReview, self.sudo()).create(vals_list).with_env(self.env)

    def write(self, vals):
        self._affairs_check_sealed()
        # sudo: see create.
        return super(TierReview, self.sudo()).write(vals)

    def unlink(self):
        self._affairs_check_sealed()
        # sudo: see create.
        return super(TierReview, self.sudo()).unlink()

    # ------------------------------------------------------------------
    # Read: only the reviews of readable documents
    # ------------------------------------------------------------------
    @api.model
    def _affairs_approval_models(self):
        return [
            name
            for name in self.env.registry["affairs.approval.mixin"]._inherit_children
            if name in self.env and not self.env[name]._abstract
        ]

    @api.model
    def _affairs_searched_models(self, domain, models_):
        """The approval models among ``models_`` that ``domain`` can match.

        A document's reviews are searched with ``model = <its model>`` (the
        ``review_ids`` of the tier validation, its status computes): the
        read check then needs that model's records only, not one subquery
        per approval model of the suite (some twenty, each with its record
        rules, on every form load and submission).
        """
        wanted = set(models_)
        for part in domain.children if isinstance(domain, DomainAnd) else (domain,):
            if not isinstance(part, DomainCondition) or part.field_expr != "model":
                continue
            if part.operator == "=":
                wanted &= {part.value}
            elif part.operator == "in":
                wanted &= set(part.value)
        return [name for name in models_ if name in wanted]

    @api.model
    def _search(self, domain, *args, **kwargs):
        if not (self.env.su or kwargs.get("bypass_access")):
            models_ = self._affairs_approval_models()
            domain = Domain(domain)
            readable = Domain("model", "not in", models_)
            for name in self._affairs_searched_models(domain, models_):
                if not self.env[name].has_access("read"):
                    continue
                readable |= Domain("model", "=", name) & Domain(
                    "res_id", "in", self.env[name]._search([])
                )
            domain &= readable
        return super()._search(domain, *args, **kwargs)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if self.env.su or operation != "read" or not self:
            return result
        reviews = self - result[0] if result else self
        approval_models = set(self._affairs_approval_models())
        forbidden = self.browse()
        by_model = {}
        # sudo: reading the reviews' model and res_id here would re-enter this check.
        for review in reviews.sudo():
            if review.model in approval_models and review.res_id:
                by_model.setdefault(review.model, {}).setdefault(
                    review.res_id, self.browse()
                )
                by_model[review.model][review.res_id] |= review
        for model, reviews_by_doc in by_model.items():
            documents = self.env[model].browse(list(reviews_by_doc)).exists()
            allowed = documents._filtered_access("read")
            for res_id, doc_reviews in reviews_by_doc.items():
                if res_id not in allowed.ids:
                    forbidden |= doc_reviews.with_env(self.env)
        if not forbidden:
            return result
        if result:
            return (result[0] + forbidden, result[1])
        return (forbidden, lambda: forbidden._make_access_error(operation))
