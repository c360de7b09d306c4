# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsApprovalMixin(models.AbstractModel):
    """The approval flow every request of the suite goes through.

    draft → ``action_submit`` → submitted (tier reviews requested, approvers
    get an activity) → ``action_approve`` per step → approved, or
    ``action_reject(reason)`` → rejected; ``action_cancel`` at any open step.

    The steps come from OCA ``base_tier_validation`` definitions on the model
    (their domains make them depend on amount, agency, category, ...). The
    mixin adds what the suite requires on top of it: nobody approves or
    rejects a record they requested, a reason for every rejection, one
    chatter line per step and activities for whoever acts next.

    The inheriting model must have a ``state`` selection holding at least
    ``draft``, ``submitted``, ``approved``, ``rejected`` and ``cancel``; with
    ``_affairs_sequence_code`` set, its ``name`` comes from that sequence.
    """

    _name = "affairs.approval.mixin"
    _description = "Agency Affairs Approval"
    _inherit = [
        "tier.validation",
        "mail.thread",
        "mail.activity.mixin",
        "affairs.budget.hook",
    ]

    _state_from = ["submitted"]
    _state_to = ["approved"]
    _cancel_state = "cancel"
    # States from which a request may still be cancelled.
    _affairs_cancellable_states = ("draft", "submitted", "approved", "rejected")
    # ir.sequence code giving new requests their reference (field ``name``,
    # default "/"); None when the model names its records otherwise.
    _affairs_sequence_code = None
    # Fields that only the transition methods (action_*) may write; each model
    # adds its own (who dispatched, accepted, amounts approved, ...). Write
    # them through ``_affairs_transition_write``.
    _affairs_workflow_fields = (
        "state",
        "submitted_by_id",
        "submitted_date",
        "approved_by_id",
        "approved_date",
        "reject_reason",
    )

    submitted_by_id = fields.Many2one(
        "res.users", string="Submitted By", readonly=True, copy=False
    )
    submitted_date = fields.Datetime(string="Submitted On", readonly=True, copy=False)
    approved_by_id = fields.Many2one(
        "res.users", string="Approved By", readonly=True, copy=False
    )
    approved_date = fields.Datetime(string="Approved On", readonly=True, copy=False)
    reject_reason = fields.Text(string="Rejection Reason", readonly=True, copy=False)

    @api.model_create_multi
    def create(self, vals_list):
        if self._affairs_sequence_code:
            for vals in vals_list:
                if vals.get("name", "/") == "/":
                    vals["name"] = (
                        self.env["ir.sequence"].next_by_code(self._affairs_sequence_code)
                        or "/"
                    )
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_processed(self):
        """A request that went beyond draft is history: cancel it instead."""
        for record in self:
            if record.state not in ("draft", "cancel"):
                raise UserError(
                    self.env._(
                        "%(name)s has been submitted: only draft or cancelled "
                        "requests can be deleted.",
                        name=record.display_name,
                    )
                )

    def _affairs_transition_write(self, vals):
        """Write workflow fields (see ``_affairs_workflow_fields``).

        The one door through which transition methods move ``state`` and the
        workflow's own fields; a plain ``write`` of them is for the mechanism
        to refuse.
        """
        return self.write(vals)

    # ------------------------------------------------------------------
    # Hooks for the inheriting models
    # ------------------------------------------------------------------
    def _affairs_requester_users(self):
        """Users who asked for this record: they may not approve it."""
        self.ensure_one()
        users = self.submitted_by_id | self.create_uid
        if "requester_id" in self._fields:
            users |= self.requester_id.user_id
        return users

    def _affairs_check_submit(self):
        """Raise when the record is not complete enough to be submitted."""

    def _affairs_on_approved(self):
        """Called once the last step is approved (e.g. reserve resources)."""

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_submit(self):
        """Send draft requests for approval to the reviewers of each step."""
        for record in self:
            if record.state != "draft":
                raise UserError(
                    self.env._("Only a draft can be submitted: %s.", record.display_name)
                )
            record._affairs_check_submit()
        self.write(
            {
                "state": "submitted",
                "submitted_by_id": self.env.uid,
                "submitted_date": fields.Datetime.now(),
                "reject_reason": False,
            }
        )
        for record in self:
            if not record.request_validation():
                raise UserError(
                    self.env._(
                        "No approval rule applies to %s: ask an Affairs Manager "
                        "to configure the approval steps.",
                        record.display_name,
                    )
                )
            record._affairs_schedule_review_activities()
        return True

    def action_approve(self):
        """Approve the current step; the last step approves the request."""
        for record in self:
            record._affairs_check_can_review()
            record.validate_tier()
            # need_validation has no dependencies: drop the value computed
            # before the reviews existed, or the state write is refused.
            record.invalidate_recordset(["need_validation", "validation_status"])
            record._affairs_close_review_activities()
            if record.validation_status == "validated":
                record.write(
                    {
                        "state": "approved",
                        "approved_by_id": self.env.uid,
                        "approved_date": fields.Datetime.now(),
                    }
                )
                record.message_post(body=self.env._("Approved."))
                record._affairs_on_approved()
                record._affairs_budget_commit()
            else:
                record.message_post(
                    body=self.env._("Step approved. %s", record.next_review or "")
                )
                record._affairs_schedule_review_activities()
        return True

    def action_reject(self, reason=None):
        """Reject the request at the current step, with a reason."""
        if not (reason or "").strip():
            raise UserError(self.env._("Give a reason for the rejection."))
        for record in self:
            record._affairs_check_can_review()
            record.reject_tier()
            record._affairs_close_review_activities(all_reviewers=True)
        # skip_validation_check: leaving 'submitted' for 'rejected' is a
        # transition base_tier_validation would otherwise treat as an edit.
        self.with_context(skip_validation_check=True).write(
            {"state": "rejected", "reject_reason": reason.strip()}
        )
        for record in self:
            record.message_post(
                body=Markup("%s<br/>%s") % (self.env._("Rejected."), reason.strip())
            )
        return True

    def action_cancel(self):
        """Withdraw the request; approvals still open are dropped."""
        for record in self:
            if record.state not in self._affairs_cancellable_states:
                raise UserError(
                    self.env._(
                        "%(name)s can no longer be cancelled.", name=record.display_name
                    )
                )
            record._affairs_close_review_activities(all_reviewers=True)
        self._affairs_budget_release()
        self.write({"state": "cancel"})
        return True

    def action_draft(self):
        """Reopen a rejected or cancelled request as a draft."""
        for record in self:
            if record.state not in ("rejected", "cancel"):
                raise UserError(
                    self.env._(
                        "Only a rejected or cancelled request can be reset to draft."
                    )
                )
        self.with_context(skip_validation_check=True).write({"state": "draft"})
        return True

    def action_open_reject_wizard(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject"),
            "res_model": "affairs.reject.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_res_model": self._name,
                "default_res_ids": str(self.ids),
            },
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _affairs_check_can_review(self):
        self.ensure_one()
        if self.state != "submitted":
            raise UserError(
                self.env._(
                    "%(name)s is not waiting for approval.", name=self.display_name
                )
            )
        if self.env.user in self._affairs_requester_users():
            raise UserError(
                self.env._(
                    "Separation of duties: you cannot approve or reject %(name)s, "
                    "which you requested.",
                    name=self.display_name,
                )
            )
        if not self.can_review:
            raise UserError(
                self.env._(
                    "You are not an approver of the current step of %(name)s.",
                    name=self.display_name,
                )
            )

    def _affairs_pending_reviewers(self):
        self.ensure_one()
        pending = self.review_ids.filtered(lambda review: review.status == "pending")
        return pending.reviewer_ids - self._affairs_requester_users()

    def _affairs_schedule_review_activities(self):
        """One approval activity per reviewer of the pending step."""
        activity_type = self.env.ref("affairs_base.mail_activity_type_affairs_approval")
        for record in self:
            already = record.activity_ids.filtered(
                lambda activity: activity.activity_type_id == activity_type
            ).user_id
            for user in record._affairs_pending_reviewers() - already:
                record.activity_schedule(
                    activity_type_id=activity_type.id,
                    user_id=user.id,
                    summary=self.env._("Approve %s", record.display_name),
                )

    def _affairs_close_review_activities(self, all_reviewers=False):
        """Mark the current user's approval activity done, drop stale ones."""
        activity_type = self.env.ref("affairs_base.mail_activity_type_affairs_approval")
        for record in self:
            activities = record.activity_ids.filtered(
                lambda activity: activity.activity_type_id == activity_type
            )
            mine = activities.filtered(lambda activity: activity.user_id == self.env.user)
            stale = activities - mine
            if not all_reviewers:
                stale = stale.filtered(
                    lambda activity, r=record: activity.user_id
                    not in r._affairs_pending_reviewers()
                )
            mine.action_feedback()
            # sudo: activities of the other approvers of a finished step are
            # theirs, and the current approver may not unlink them.
            stale.sudo().unlink()
