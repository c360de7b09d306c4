# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import contextlib
import contextvars

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from .affairs_input import check_input

# Context marker set while a suite document is created or written: its
# many2many fields may name employees of the user's agencies (hr.employee
# ``_check_access``). An object, so that no RPC context can forge it.
AFFAIRS_LINK_EMPLOYEES = object()

# True only while the approval mechanism itself writes: inside
# ``_affairs_transition_write`` and the mixin's review steps. A context
# variable of the running thread, not a context key: RPC callers choose the
# context they send, they cannot set this.
_MECHANISM = contextvars.ContextVar("affairs_mechanism", default=False)


@contextlib.contextmanager
def affairs_mechanism():
    """Open the door of the approval mechanism for the code inside."""
    token = _MECHANISM.set(True)
    try:
        yield
    finally:
        _MECHANISM.reset(token)


def in_affairs_mechanism():
    return _MECHANISM.get()


# The states of a document on the approval mechanism, in workflow order (the
# kanban columns follow it, see ``_affairs_group_expand_states``).
APPROVAL_STATES = [
    ("draft", "Draft"),
    ("submitted", "Waiting Approval"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("cancel", "Cancelled"),
]


def approval_states(*steps, **labels):
    """The ``state`` selection of a document on the approval mechanism.

    ``steps`` are the document's own (value, label) steps after approval
    (dispatched, in progress, done, ...), placed between ``approved`` and
    ``rejected``; ``labels`` rename approval states for the document
    (``approved="To Dispatch"``). The selection stays declared in the
    document's own module, so its labels keep their translations there.
    """
    if unknown := set(labels) - dict(APPROVAL_STATES).keys():
        raise ValueError(f"not approval states: {sorted(unknown)}")
    states = [(value, labels.get(value, label)) for value, label in APPROVAL_STATES]
    return [*states[:3], *steps, *states[3:]]


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
    ``draft``, ``submitted``, ``approved``, ``rejected`` and ``cancel``
    (built with ``approval_states()``); with
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
        "affairs_correction_of_res_id",
        "affairs_correction_reason",
    )

    # tracking: the chatter keeps who submitted and approved, and when.
    submitted_by_id = fields.Many2one(
        "res.users", string="Submitted By", readonly=True, copy=False, tracking=True
    )
    submitted_date = fields.Datetime(string="Submitted On", readonly=True, copy=False)
    approved_by_id = fields.Many2one(
        "res.users", string="Approved By", readonly=True, copy=False, tracking=True
    )
    approved_date = fields.Datetime(
        string="Approved On", readonly=True, copy=False, tracking=True
    )
    reject_reason = fields.Text(
        string="Rejection Reason", readonly=True, copy=False, tracking=True
    )
    # An approved document is never rewritten: a correction is a new request
    # (a copy in draft) that goes through approval again, linked to it.
    affairs_model_name = fields.Char(
        string="Document Model", compute="_compute_affairs_model_name"
    )
    affairs_correction_of_res_id = fields.Many2oneReference(
        string="Correction Of",
        model_field="affairs_model_name",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    affairs_correction_reason = fields.Text(
        string="Reason for the Correction", readonly=True, copy=False, tracking=True
    )
    affairs_correction_of_name = fields.Char(
        string="Corrects", compute="_compute_affairs_correction_of_name"
    )
    affairs_correction_count = fields.Integer(
        string="Corrections", compute="_compute_affairs_correction_count"
    )

    # States in which the requester edits the request freely.
    _affairs_draft_states = ("draft",)
    # States in which nothing moves any more (only the actions reopen them).
    _affairs_final_states = ("done", "settled", "rejected", "cancel")
    # Fields the desk (officers) still fills in once the request is under
    # way (submitted, approved, executing), e.g. the vehicle and the driver.
    _affairs_desk_fields = ()
    # Of those, the ones only the desk fills in, in a draft too (None: all
    # desk fields; a model whose requesters prepare them in draft says ()).
    _affairs_desk_only_fields = None
    # Fields anyone allowed to write the record may change in any state
    # (besides chatter, activities and reviews' own fields).
    _affairs_free_fields = ()
    # States in which an approved document may be corrected (a new request).
    _affairs_correctable_states = ("approved", "done", "settled")
    # Number fields that may hold negative values (see affairs_input).
    _affairs_signed_fields = ()
    # Field naming the agency a record belongs to: agency users may only
    # create or leave records of their own agencies; None to skip.
    _affairs_agency_field = "agency_id"

    def _compute_affairs_model_name(self):
        for record in self:
            record.affairs_model_name = record._name

    def _compute_affairs_correction_of_name(self):
        for record in self:
            original = record._affairs_correction_original()
            record.affairs_correction_of_name = original.display_name or False

    def _compute_affairs_correction_count(self):
        counts = dict(
            self._read_group(
                [("affairs_correction_of_res_id", "in", self.ids)],
                ["affairs_correction_of_res_id"],
                ["__count"],
            )
        )
        for record in self:
            record.affairs_correction_count = counts.get(record.id, 0)

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            check_input(self, vals_list)
        if not self._affairs_door_open():
            self._affairs_check_create_values(vals_list)
            self._affairs_check_desk_values(vals_list)
        if self._affairs_sequence_code:
            for vals in vals_list:
                if vals.get("name", "/") == "/":
                    vals["name"] = (
                        self.env["ir.sequence"].next_by_code(
                            self._affairs_sequence_code
                        )
                        or "/"
                    )
        records = super(
            AffairsApprovalMixin, self._affairs_with_employee_links()
        ).create(vals_list)
        records = records.with_env(self.env)
        if not self._affairs_door_open():
            records._affairs_check_boundaries()
        return records

    def write(self, vals):
        if not self.env.su:
            check_input(self, [vals])
        if not self._affairs_door_open():
            self._affairs_check_plain_write(vals)
        res = super(AffairsApprovalMixin, self._affairs_with_employee_links()).write(
            vals
        )
        if not self._affairs_door_open() and self._affairs_boundary_fields() & set(
            vals
        ):
            self._affairs_check_boundaries()
        return res

    def _affairs_with_employee_links(self):
        """Self, allowed to name employees of the user's agencies in its
        many2many fields (see hr.employee ``_check_access``)."""
        return self.with_context(_affairs_link_employees=AFFAIRS_LINK_EMPLOYEES)

    def unlink(self):
        # The document's reviews go with it (tier validation unlinks them).
        with affairs_mechanism():
            return super().unlink()

    def copy_data(self, default=None):
        """A copy starts over as a new draft: no state, approver or dates."""
        vals_list = super().copy_data(default=default)
        for vals in vals_list:
            for name in self._affairs_workflow_fields:
                vals.pop(name, None)
        return vals_list

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
        workflow's own fields: a plain ``write``/``create``/``copy`` of them
        is refused for everyone but the superuser. Being private (leading
        underscore), it cannot be called over RPC; the action methods calling
        it check who may make the transition. Written in the acting user's
        language, so that the tracked states read in it (not "Draft →
        Submitted" in a Chinese database when the call carries no language).
        """
        with affairs_mechanism():
            return self._affairs_in_user_lang().write(vals)

    # ------------------------------------------------------------------
    # The guard
    # ------------------------------------------------------------------
    def _affairs_door_open(self):
        """Superuser (data files, sudo for a documented reason) or the
        mechanism itself."""
        return self.env.su or in_affairs_mechanism()

    def _affairs_field_labels(self, names):
        return ", ".join(
            sorted(self._fields[name]._description_string(self.env) for name in names)
        )

    @api.model
    def _affairs_always_free_fields(self):
        """Chatter, activities and the tier validation's own fields."""
        free = set(self._affairs_free_fields)
        for model in ("mail.thread", "mail.activity.mixin", "tier.validation"):
            free.update(self.env[model]._fields)
        free -= set(self._affairs_workflow_fields)
        return free

    @api.model
    def _affairs_check_create_values(self, vals_list):
        """New requests start as drafts: a create may give a workflow field
        its default value only (or leave it empty)."""
        workflow = set(self._affairs_workflow_fields) & set(self._fields)
        for vals in vals_list:
            forced = set()
            for name in workflow & set(vals):
                field = self._fields[name]
                default = field.default(self) if field.default else False
                if vals[name] and vals[name] != default:
                    forced.add(name)
            if forced:
                raise UserError(
                    self.env._(
                        "A new %(model)s starts as a draft: %(fields)s are set by "
                        "its actions (submit, approve, ...), not when it is created.",
                        model=self._description,
                        fields=self._affairs_field_labels(forced),
                    )
                )

    def _affairs_check_plain_write(self, vals):
        """Refuse workflow fields outside the actions and edits of documents
        that have advanced beyond what their state allows."""
        forced = set(vals) & set(self._affairs_workflow_fields)
        if forced:
            raise UserError(
                self.env._(
                    "%(fields)s of %(model)s change only through its actions "
                    "(submit, approve, reject, ...), not by editing the record.",
                    model=self._description,
                    fields=self._affairs_field_labels(forced),
                )
            )
        guarded = set(vals) - self._affairs_always_free_fields()
        if not guarded or "state" not in self._fields:
            return
        desk = set(self._affairs_desk_fields)
        self._affairs_check_desk_values([vals])
        for record in self:
            error = record._affairs_lock_error(guarded, desk)
            if error:
                raise error

    def _affairs_lock_error(self, guarded, desk, lines=None):
        """The error refusing to change the ``guarded`` fields of this
        document, or of its ``lines`` (then the line fields), or None.

        Drafts move freely; closed documents not at all; a document under
        way only in its ``desk`` fields, and only for the desk. The document
        lock and the line lock (affairs.approval.line.mixin) both decide here.
        """
        self.ensure_one()
        if self.state in self._affairs_draft_states:
            return None
        labels = (self if lines is None else lines)._affairs_field_labels
        name = self.display_name
        if self.state in self._affairs_final_states:
            state = self._affairs_state_label()
            if lines is None:
                return UserError(
                    self.env._(
                        "%(name)s is closed (%(state)s): it can no longer be changed.",
                        name=name,
                        state=state,
                    )
                )
            return UserError(
                self.env._(
                    "%(name)s is closed (%(state)s): its lines can no longer "
                    "be changed.",
                    name=name,
                    state=state,
                )
            )
        if guarded - desk:
            field_labels = labels(guarded - desk)
            if lines is None:
                return UserError(
                    self.env._(
                        "%(name)s has been submitted: %(fields)s can no longer be "
                        "changed (reset it to draft through its actions first).",
                        name=name,
                        fields=field_labels,
                    )
                )
            return UserError(
                self.env._(
                    "%(name)s has been submitted: %(fields)s of its lines can "
                    "no longer be changed (ask for a correction, or reset it "
                    "to draft through its actions first).",
                    name=name,
                    fields=field_labels,
                )
            )
        if self._affairs_is_desk_user():
            return None
        field_labels = labels(guarded)
        if lines is None:
            return UserError(
                self.env._(
                    "%(name)s is under way: only the affairs desk may change "
                    "%(fields)s now.",
                    name=name,
                    fields=field_labels,
                )
            )
        return AccessError(
            self.env._(
                "%(name)s is under way: only the affairs desk may change "
                "%(fields)s of its lines now.",
                name=name,
                fields=field_labels,
            )
        )

    @api.model
    def _affairs_check_desk_values(self, vals_list):
        """Desk fields are the desk's, in a draft too."""
        if self.env.su or in_affairs_mechanism() or self._affairs_is_desk_user():
            return
        for vals in vals_list:
            desk_only = self._affairs_desk_only_fields
            if desk_only is None:
                desk_only = self._affairs_desk_fields
            given = {name for name in desk_only if vals.get(name)}
            if given:
                raise UserError(
                    self.env._(
                        "Only the affairs desk fills in %(fields)s of %(model)s.",
                        model=self._description,
                        fields=self._affairs_field_labels(given),
                    )
                )

    @api.model
    def _affairs_record_arg(self, value, model, check_read=True):
        """A record of ``model`` from an argument of a public method (an id
        over RPC, a record in Python): refused unless it exists and (with
        ``check_read``) the user may read it."""
        if isinstance(value, models.BaseModel):
            if value._name != model or len(value) != 1:
                value = None
            else:
                value = value.id
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise UserError(
                self.env._(
                    "Expected one %(model)s, got %(value)r.",
                    model=self.env[model]._description,
                    value=value,
                )
            )
        record = self.env[model].browse(value).exists()
        if not record:
            raise UserError(
                self.env._(
                    "This %(model)s does not exist (id %(id)s).",
                    model=self.env[model]._description,
                    id=value,
                )
            )
        if check_read:
            record.check_access("read")
        return record

    def _affairs_line_check_draft(self, line_description):
        """Lines are added, moved or removed only while the document is a
        draft."""
        for document in self:
            if document.state not in document._affairs_draft_states:
                raise UserError(
                    self.env._(
                        "%(name)s has been submitted: %(lines)s can no longer be "
                        "added, moved or removed (ask for a correction, or reset "
                        "it to draft through its actions first).",
                        name=document.display_name,
                        lines=line_description,
                    )
                )

    def _affairs_state_label(self):
        self.ensure_one()
        return dict(self._fields["state"]._description_selection(self.env)).get(
            self.state, self.state
        )

    def _affairs_is_desk_user(self):
        """Who fills in the desk fields of a request under way."""
        return self.env.user.has_group("affairs_base.group_affairs_officer")

    def _affairs_check_desk(self):
        """Execution steps (carry out, start, close, ...) are the desk's."""
        if not (self.env.su or self._affairs_is_desk_user()):
            raise AccessError(
                self.env._(
                    "Only the affairs desk carries out the steps of %(model)s.",
                    model=self._description,
                )
            )

    def _affairs_boundary_fields(self):
        names = {"company_id"}
        if self._affairs_agency_field:
            names.add(self._affairs_agency_field)
        return names & set(self._fields)

    def _affairs_check_boundaries(self):
        """What an agency user files stays in their agency and companies."""
        user = self.env.user
        if self.env.su or user.has_group("affairs_base.group_affairs_officer"):
            return
        agencies = user.affairs_agency_ids
        field = self._affairs_agency_field
        for record in self:
            if (
                "company_id" in self._fields
                and record.company_id
                and (record.company_id not in user.company_ids)
            ):
                raise UserError(
                    self.env._(
                        "%(name)s must stay in one of your companies.",
                        name=record.display_name,
                    )
                )
            if (
                field
                and field in self._fields
                and record[field]
                and (record[field] not in agencies)
            ):
                raise UserError(
                    self.env._(
                        "%(name)s must belong to your own agency (%(agencies)s).",
                        name=record.display_name,
                        agencies=", ".join(agencies.mapped("name")) or "-",
                    )
                )

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
        self = self._affairs_in_user_lang()
        for record in self:
            if record.state != "draft":
                raise UserError(
                    self.env._(
                        "Only a draft can be submitted: %s.", record.display_name
                    )
                )
            record._affairs_check_submit()
        self._affairs_transition_write(
            {
                "state": "submitted",
                "submitted_by_id": self.env.uid,
                "submitted_date": fields.Datetime.now(),
                "reject_reason": False,
            }
        )
        # need_validation has no dependencies: a value computed while the
        # record was a draft would make request_validation skip it.
        self.invalidate_recordset(["need_validation", "review_ids"])
        for record in self:
            with affairs_mechanism():
                reviews = record.request_validation()
            if not reviews:
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
        self = self._affairs_in_user_lang()
        for record in self:
            record._affairs_check_can_review()
            with affairs_mechanism():
                record.validate_tier()
            # need_validation has no dependencies: drop the value computed
            # before the reviews existed, or the state write is refused.
            record.invalidate_recordset(["need_validation", "validation_status"])
            record._affairs_close_review_activities()
            if record.validation_status == "validated":
                record._affairs_transition_write(
                    {
                        "state": "approved",
                        "approved_by_id": self.env.uid,
                        "approved_date": fields.Datetime.now(),
                    }
                )
                record.message_post(body=self.env._("Approved."))
                record._affairs_on_approved()
                if record.affairs_correction_of_res_id:
                    record._affairs_on_correction_approved()
                record._affairs_budget_commit()
            else:
                record.message_post(
                    body=self.env._("Step approved. %s", record.next_review or "")
                )
                record._affairs_schedule_review_activities()
        return True

    def action_reject(self, reason=None):
        """Reject the request at the current step, with a reason."""
        self = self._affairs_in_user_lang()
        if not isinstance(reason, str) or not reason.strip():
            raise UserError(self.env._("Give a reason for the rejection."))
        if len(reason) > 10000:
            raise UserError(self.env._("The reason for the rejection is too long."))
        for record in self:
            record._affairs_check_can_review()
            with affairs_mechanism():
                record.reject_tier()
            record._affairs_close_review_activities(all_reviewers=True)
        # skip_validation_check: leaving 'submitted' for 'rejected' is a
        # transition base_tier_validation would otherwise treat as an edit.
        self.with_context(skip_validation_check=True)._affairs_transition_write(
            {"state": "rejected", "reject_reason": reason.strip()}
        )
        for record in self:
            record.message_post(
                body=Markup("%s<br/>%s") % (self.env._("Rejected."), reason.strip())
            )
        return True

    def action_cancel(self):
        """Withdraw the request; approvals still open are dropped."""
        self = self._affairs_in_user_lang()
        for record in self:
            if record.state not in self._affairs_cancellable_states:
                raise UserError(
                    self.env._(
                        "%(name)s can no longer be cancelled.", name=record.display_name
                    )
                )
            record._affairs_close_review_activities(all_reviewers=True)
        self._affairs_budget_release()
        self._affairs_transition_write({"state": "cancel"})
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
        self.with_context(skip_validation_check=True)._affairs_transition_write(
            {"state": "draft"}
        )
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
    # Approved corrections
    # ------------------------------------------------------------------
    def action_request_correction(self, reason=None):
        """Ask for a correction of an approved document.

        The document keeps its state and content: the correction is a copy
        in draft, linked to it, that the requester edits and submits; it goes
        through the approval steps again. Both chatters record it. Returns
        the action opening the correction.
        """
        self.ensure_one()
        if not isinstance(reason, str) or not reason.strip():
            raise UserError(self.env._("Give a reason for the correction."))
        if len(reason) > 10000:
            raise UserError(self.env._("The reason for the correction is too long."))
        if self.state not in self._affairs_correctable_states:
            raise UserError(
                self.env._(
                    "Only an approved document is corrected by a new request; "
                    "%(name)s is %(state)s.",
                    name=self.display_name,
                    state=self._affairs_state_label(),
                )
            )
        self.check_access("write")
        if not (
            self.env.user in self._affairs_requester_users()
            or self._affairs_is_desk_user()
        ):
            raise AccessError(
                self.env._(
                    "Only the requester or the affairs desk asks for a correction "
                    "of %(name)s.",
                    name=self.display_name,
                )
            )
        if self._affairs_open_corrections():
            raise UserError(
                self.env._(
                    "A correction of %(name)s is already open: finish it first.",
                    name=self.display_name,
                )
            )
        desk_only = self._affairs_desk_only_fields
        if desk_only is None:
            desk_only = self._affairs_desk_fields
        # What the desk filled in belongs to the execution of the original.
        correction = self.copy(
            {name: False for name in desk_only if name in self._fields}
        )
        correction._affairs_transition_write(
            {
                "affairs_correction_of_res_id": self.id,
                "affairs_correction_reason": reason.strip(),
            }
        )
        self.message_post(
            body=Markup("%s %s<br/>%s")
            % (
                self.env._("Correction requested:"),
                correction._get_html_link(),
                reason.strip(),
            )
        )
        correction.message_post(
            body=Markup("%s %s<br/>%s")
            % (
                self.env._("Correction of"),
                self._get_html_link(),
                reason.strip(),
            )
        )
        return correction._affairs_form_action()

    def action_open_correction_wizard(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Request a Correction"),
            "res_model": "affairs.correction.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_res_model": self._name,
                "default_res_ids": str(self.ids),
            },
        }

    def action_view_corrections(self):
        self.ensure_one()
        corrections = self.search([("affairs_correction_of_res_id", "=", self.id)])
        action = (
            corrections[:1]._affairs_form_action()
            if len(corrections) == 1
            else {
                "type": "ir.actions.act_window",
                "name": self.env._("Corrections"),
                "res_model": self._name,
                "view_mode": "list,form",
                "domain": [("id", "in", corrections.ids)],
            }
        )
        return action

    def action_view_correction_original(self):
        self.ensure_one()
        return self._affairs_correction_original()._affairs_form_action()

    def _affairs_correction_original(self):
        """The approved document this record corrects (empty if none)."""
        self.ensure_one()
        if not self.affairs_correction_of_res_id:
            return self.browse()
        return self.browse(self.affairs_correction_of_res_id).exists()

    def _affairs_open_corrections(self):
        self.ensure_one()
        return self.search(
            [
                ("affairs_correction_of_res_id", "=", self.id),
                ("state", "in", ("draft", "submitted")),
            ]
        )

    def _affairs_form_action(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
        }

    def _affairs_on_correction_approved(self):
        """Called on an approved correction: the original's chatter says so.
        A domain that applies the corrected values elsewhere extends this."""
        for record in self:
            original = record._affairs_correction_original()
            if original:
                original.message_post(
                    body=Markup("%s %s")
                    % (self.env._("Correction approved:"), record._get_html_link())
                )

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
        """One approval activity per pending step, for the one who will act.

        A step reviewed by a group (every officer, every manager) would
        otherwise put an activity in every member's inbox, executors and
        managers who only inherit the group included. The step goes to the
        member who holds the group itself (not an administrator), least
        loaded first.
        """
        activity_type = self.env.ref("affairs_base.mail_activity_type_affairs_approval")
        for record in self:
            requesters = record._affairs_requester_users()
            already = record.activity_ids.filtered(
                lambda activity: activity.activity_type_id == activity_type
            ).user_id
            pending = record.review_ids.filtered(
                lambda review: review.status == "pending"
            )
            for review in pending:
                reviewers = review.reviewer_ids - requesters
                if not reviewers or reviewers & already:
                    continue
                user = record._affairs_pick_reviewer(review, reviewers, activity_type)
                # No summary: the type (审批) and the record's name say it all,
                # in the reader's language rather than the submitter's.
                record.activity_schedule(
                    activity_type_id=activity_type.id, user_id=user.id
                )
                already |= user

    def _affairs_pick_reviewer(self, review, reviewers, activity_type):
        """The reviewer of ``review`` who gets its activity (one user)."""
        group = review.reviewer_group_id
        direct = reviewers
        if group:
            direct = reviewers.filtered(lambda user: group in user.group_ids)
        candidates = direct or reviewers
        # Administrators hold every group but approve nothing in a bureau.
        candidates = (
            candidates.filtered(lambda user: not user._is_admin()) or candidates
        )
        if len(candidates) == 1:
            return candidates
        # sudo: only counts of approval activities per candidate are read, and
        # the other approvers' activities are not the current user's.
        load = dict(
            self.env["mail.activity"]
            .sudo()
            ._read_group(
                [
                    ("activity_type_id", "=", activity_type.id),
                    ("user_id", "in", candidates.ids),
                ],
                ["user_id"],
                ["__count"],
            )
        )
        return candidates.sorted(lambda user: (load.get(user, 0), user.id))[:1]

    def _affairs_group_expand_states(self, states, domain):
        """Kanban columns in workflow order; refused/cancelled only when used."""
        closing = {"rejected", "cancel"}
        return [
            value
            for value in self._fields["state"].get_values(self.env)
            if value in states or value not in closing
        ]

    def _affairs_close_review_activities(self, all_reviewers=False):
        """Mark the current user's approval activity done, drop stale ones."""
        activity_type = self.env.ref("affairs_base.mail_activity_type_affairs_approval")
        for record in self:
            activities = record.activity_ids.filtered(
                lambda activity: activity.activity_type_id == activity_type
            )
            mine = activities.filtered(
                lambda activity: activity.user_id == self.env.user
            )
            stale = activities - mine
            if not all_reviewers:
                stale = stale.filtered(
                    lambda activity, r=record: (
                        activity.user_id not in r._affairs_pending_reviewers()
                    )
                )
            mine.action_feedback()
            # sudo: activities of the other approvers of a finished step are
            # theirs, and the current approver may not unlink them.
            stale.sudo().unlink()
