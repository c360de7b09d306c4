# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import format_amount

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)

from .affairs_procurement_method_rule import METHODS
from .affairs_procurement_rule_mixin import METHOD_CHANGE_RULE
from .affairs_procurement_threshold import KINDS

# Approval of the method (management): the state of affairs.approval.mixin.
PROJECT_STATES = approval_states(submitted="Method Approval")
# Execution of an approved project (the procurement centre), kept apart.
PROJECT_STAGES = [
    ("preparation", "Preparation"),
    ("bidding", "Bidding"),
    ("evaluated", "Evaluated"),
    ("awarded", "Awarded"),
    ("contracted", "Contracted"),
    ("done", "Accepted"),
]
AWARDED_STAGES = ("awarded", "contracted", "done")
EXECUTOR_GROUP = "affairs_procurement.group_procurement_executor"
# Largest evaluation panel a draw may ask for.
MAX_PANEL_SIZE = 25


class AffairsProcurementProject(models.Model):
    """A government procurement project (采购项目) run by the procurement centre.

    Management (an Affairs Manager) approves the method (``state``);
    execution (a procurement executor, never the approver) then moves the
    approved project through its ``stage``: publishes, evaluates, awards,
    signs and accepts. Methods, periods and rates come from the rule tables
    (``affairs.procurement.rule.mixin``); bids rank themselves, the panel draw
    is ``affairs.procurement.expert.draw`` and the orders of the award are
    built by ``purchase.order`` / ``purchase.requisition``.
    """

    _name = "affairs.procurement.project"
    _description = "Procurement Project"
    _inherit = [
        "affairs.approval.mixin",
        "affairs.exception.mixin",
        "affairs.procurement.rule.mixin",
    ]
    _affairs_sequence_code = "affairs.procurement.project"
    _order = "id desc"
    _check_company_auto = True
    # Execution steps record who did what and when; the panel is drawn,
    # never chosen; the order comes from the award.
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "stage",
        "date_evaluation",
        "date_award_notice",
        "contract_signed_by_id",
        "acceptance_by_id",
        "date_acceptance",
        "winning_bid_id",
        "expert_ids",
        "purchase_order_id",
        "requisition_id",
    )
    # What the executor fills in while running an approved project.
    _affairs_desk_fields = (
        "date_issue",
        "date_bid_deadline",
        "date_opening",
        "date_contract",
        "acceptance_result",
        "acceptance_note",
        "bid_ids",
        "method_change_reason",
        "designated_service_type",
        "evaluation_method",
        "sme_deduction_rate",
        "price_weight",
        "score_ids",
        "challenge_ids",
    )
    _affairs_desk_only_fields = ()
    # Cancellable until the evaluation (see action_cancel for the stage).
    _affairs_cancellable_states = ("draft", "submitted", "approved", "rejected")
    _affairs_cancellable_stages = ("preparation", "bidding")
    # Stored values computed from the rule tables (see affairs.standard.mixin).
    _affairs_rule_fields = {
        "affairs.procurement.threshold": ("sme_deduction_rate",),
        "affairs.procurement.method.rule": ("evaluation_method",),
        "affairs.procurement.deadline": (
            "date_award_due",
            "date_challenge_end",
            "date_contract_deadline",
        ),
    }

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    title = fields.Char(string="Project", required=True, tracking=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
        check_company=True,
    )
    plan_line_id = fields.Many2one(
        "affairs.procurement.plan.line",
        string="Plan Item",
        index=True,
        copy=False,
        check_company=True,
    )
    plan_id = fields.Many2one(related="plan_line_id.plan_id", store=True, index=True)
    year = fields.Integer(compute="_compute_year", store=True, readonly=False)
    kind = fields.Selection(KINDS, required=True, default="goods", tracking=True)
    budget_amount = fields.Monetary(string="Budget", required=True, tracking=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    is_catalogue = fields.Boolean(string="In Centralized Catalogue")
    method = fields.Selection(
        METHODS, required=True, default="open_tender", tracking=True
    )
    method_reason = fields.Text(
        string="Grounds for the Method",
        help="Statutory ground for a method other than open tender.",
    )
    method_change_reason = fields.Char(
        string="Method Change Approval",
        help="Finance department approval (文号) of a method other than open "
        "tender at or above the open-tender threshold.",
    )
    is_method_change_approved = fields.Boolean(
        compute="_compute_is_method_change_approved", string="Method Change Approved"
    )
    price_weight = fields.Float(
        string="Price Weight (%)", default=30.0, help="Share of the price score."
    )
    executor_id = fields.Many2one(
        "res.users",
        string="Executor",
        default=lambda self: self.env.user,
        tracking=True,
        help="Procurement centre officer running the project.",
    )
    # Statutory dates
    date_issue = fields.Date(string="Documents Issued", tracking=True)
    date_bid_deadline = fields.Date(string="Bid Deadline", tracking=True)
    date_opening = fields.Date(
        string="Bid Opening",
        compute="_compute_date_opening",
        store=True,
        readonly=False,
    )
    date_evaluation = fields.Date(string="Evaluated On", copy=False)
    date_award_notice = fields.Date(string="Award Notice", copy=False, tracking=True)
    date_contract = fields.Date(string="Contract Signed", copy=False, tracking=True)
    contract_signed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    date_acceptance = fields.Date(string="Accepted On", copy=False, tracking=True)
    acceptance_result = fields.Selection(
        [("pass", "Passed"), ("fail", "Failed")], copy=False, tracking=True
    )
    acceptance_note = fields.Text(copy=False)
    acceptance_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    # Bids, panel, award
    bid_ids = fields.One2many("affairs.procurement.bid", "project_id", string="Bids")
    bid_count = fields.Integer(compute="_compute_bid_count")
    expert_ids = fields.Many2many(
        "affairs.procurement.expert", string="Evaluation Panel", copy=False
    )
    draw_ids = fields.One2many(
        "affairs.procurement.expert.draw", "project_id", string="Panel Draws"
    )
    score_ids = fields.One2many(
        "affairs.procurement.score", "project_id", string="Expert Scores"
    )
    score_submitted_user_ids = fields.Many2many(
        "res.users",
        "affairs_procurement_project_score_user_rel",
        compute="_compute_score_submitted_user_ids",
        store=True,
        string="Experts Who Submitted",
    )
    is_panel_submitted = fields.Boolean(
        compute="_compute_is_panel_submitted",
        store=True,
        string="Panel Has Submitted",
        help="Every expert of the panel has submitted their scores: only then "
        "do experts see each other's scores, averages and totals.",
    )
    winning_bid_id = fields.Many2one(
        "affairs.procurement.bid", copy=False, readonly=True, string="Winning Bid"
    )
    award_partner_id = fields.Many2one(
        related="winning_bid_id.partner_id", store=True, string="Supplier"
    )
    award_amount = fields.Monetary(
        compute="_compute_savings", store=True, aggregator="sum"
    )
    savings_amount = fields.Monetary(
        compute="_compute_savings", store=True, string="Savings", aggregator="sum"
    )
    savings_rate = fields.Float(
        compute="_compute_savings",
        store=True,
        string="Savings Rate (%)",
        aggregator="avg",
    )
    purchase_order_id = fields.Many2one(
        "purchase.order", copy=False, readonly=True, check_company=True
    )
    requisition_id = fields.Many2one(
        "purchase.requisition", string="Blanket Order", copy=False, readonly=True
    )
    designated_service_type = fields.Selection(
        selection=lambda self: (
            self.env["affairs.designated.supplier"]._fields["service_type"].selection
        ),
        string="Designated Service",
        help="Publish the award as designated supplier for this service.",
    )
    challenge_ids = fields.One2many(
        "affairs.procurement.challenge", "project_id", string="Challenges"
    )
    challenge_count = fields.Integer(compute="_compute_challenge_count")
    is_late = fields.Boolean(compute="_compute_is_late", search="_search_is_late")
    late_note = fields.Char(compute="_compute_is_late", string="Late Steps")
    contract_signed_late = fields.Boolean(
        compute="_compute_contract_signed_late", store=True
    )
    state = fields.Selection(
        PROJECT_STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_affairs_group_expand_states",
    )
    stage = fields.Selection(
        PROJECT_STAGES,
        string="Execution Stage",
        default="preparation",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_group_expand_stages",
        help="Where the procurement centre stands in running the approved "
        "project; the approval of its method is the status.",
    )

    _budget_positive = models.Constraint(
        "CHECK(budget_amount > 0)", "The budget of a project must be positive."
    )
    _price_weight_range = models.Constraint(
        "CHECK(price_weight >= 0 AND price_weight <= 100)",
        "The price weight lies between 0 and 100%.",
    )

    # ------------------------------------------------------------------
    # Compute methods
    # ------------------------------------------------------------------
    @api.depends("plan_line_id.year", "date_issue")
    def _compute_year(self):
        today = fields.Date.context_today(self)
        for project in self:
            project.year = (
                project.plan_line_id.year or (project.date_issue or today).year
            )

    def _compute_is_method_change_approved(self):
        for project in self:
            project.is_method_change_approved = project._affairs_has_exception(
                METHOD_CHANGE_RULE
            )

    @api.depends("date_bid_deadline")
    def _compute_date_opening(self):
        for project in self:
            project.date_opening = project.date_bid_deadline

    @api.depends("date_contract", "date_contract_deadline")
    def _compute_contract_signed_late(self):
        for project in self:
            project.contract_signed_late = bool(
                project.date_contract
                and project.date_contract_deadline
                and project.date_contract > project.date_contract_deadline
            )

    @api.depends("bid_ids")
    def _compute_bid_count(self):
        for project in self:
            project.bid_count = len(project.bid_ids)

    def _compute_challenge_count(self):
        data = self.env["affairs.procurement.challenge"]._read_group(
            [("project_id", "in", self.ids)], ["project_id"], ["__count"]
        )
        counts = {project.id: count for project, count in data}
        for project in self:
            project.challenge_count = counts.get(project.id, 0)

    @api.depends("score_ids.state", "score_ids.expert_user_id")
    def _compute_score_submitted_user_ids(self):
        for project in self:
            # sudo: which experts submitted is needed whoever triggers it;
            # only user ids leave this method, never scores.
            scores = project.sudo().score_ids.filtered(
                lambda score: score.state == "submitted"
            )
            project.score_submitted_user_ids = scores.expert_user_id

    @api.depends("expert_ids.user_id", "score_submitted_user_ids")
    def _compute_is_panel_submitted(self):
        for project in self:
            # sudo: experts may not read the pool; only a flag leaves here.
            panel = project.sudo().expert_ids.user_id
            project.is_panel_submitted = bool(panel) and not (
                panel - project.score_submitted_user_ids
            )

    @api.depends("budget_amount", "winning_bid_id.price", "stage")
    def _compute_savings(self):
        for project in self:
            awarded = project.winning_bid_id and project.stage in AWARDED_STAGES
            project.award_amount = project.winning_bid_id.price if awarded else 0.0
            project.savings_amount = (
                project.budget_amount - project.award_amount if awarded else 0.0
            )
            project.savings_rate = (
                100.0 * project.savings_amount / project.budget_amount
                if awarded and project.budget_amount
                else 0.0
            )

    @api.depends(
        "stage",
        "date_award_due",
        "date_award_notice",
        "date_contract_deadline",
        "contract_signed_late",
        "challenge_ids.is_late",
    )
    @api.depends_context("date")
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for project in self:
            notes = []
            if (
                project.date_award_due
                and (project.date_award_notice or today) > (project.date_award_due)
                and project.stage in ("evaluated", *AWARDED_STAGES)
            ):
                notes.append(self.env._("award notice"))
            if project.contract_signed_late or (
                project.stage == "awarded"
                and project.date_contract_deadline
                and today > project.date_contract_deadline
            ):
                notes.append(self.env._("contract signature"))
            if project.challenge_ids.filtered("is_late"):
                notes.append(self.env._("challenge reply"))
            project.is_late = bool(notes)
            project.late_note = ", ".join(notes)

    def _search_is_late(self, operator, value):
        if operator != "in":
            return NotImplemented
        today = fields.Date.context_today(self)
        late = (
            Domain("contract_signed_late", "=", True)
            | (
                Domain("stage", "=", "awarded")
                & Domain("date_contract_deadline", "<", today)
            )
            | (Domain("stage", "=", "evaluated") & Domain("date_award_due", "<", today))
            | Domain(
                "challenge_ids",
                "any",
                [("state", "=", "open"), ("date_reply_due", "<", today)],
            )
        )
        return late if True in value else ~late

    def _affairs_threshold_amount(self):
        # The agency's plan items of the same procurement item this year.
        return max(
            super()._affairs_threshold_amount(), self.plan_line_id.catalogue_year_amount
        )

    def _affairs_rule_recompute_domain(self):
        # Closed projects keep the values they were run with.
        return [("state", "!=", "cancel"), ("stage", "!=", "done")]

    @api.model
    def _group_expand_stages(self, stages, domain):
        """Kanban columns of the execution in workflow order."""
        return [value for value, _label in PROJECT_STAGES]

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("date_opening")
    def _check_date_opening(self):
        for project in self:
            if (
                project.date_opening
                and project.date_bid_deadline
                and project.date_opening < project.date_bid_deadline
            ):
                raise ValidationError(
                    self.env._("Bids cannot be opened before the bid deadline.")
                )

    # ------------------------------------------------------------------
    # Approval hooks (management)
    # ------------------------------------------------------------------
    def _affairs_requester_users(self):
        # The executor may not approve the method of the project they run.
        return super()._affairs_requester_users() | self.executor_id

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.method != "open_tender" and not self.method_reason:
            raise UserError(
                self.env._(
                    "Give the statutory grounds for %(name)s's method.",
                    name=self.display_name,
                )
            )
        self._check_single_source_publicity()

    # ------------------------------------------------------------------
    # Actions (execution)
    # ------------------------------------------------------------------
    def action_grant_method_change(self):
        """Record the approved change of method (management only)."""
        self = self._affairs_in_user_lang()
        for project in self:
            if not project.method_change_reason:
                raise UserError(
                    self.env._("Enter the approval reference of the method change.")
                )
            project.action_affairs_grant_exception(
                METHOD_CHANGE_RULE, project.method_change_reason
            )
        return True

    def action_publish(self):
        """Issue the documents: the project opens for bids."""
        self = self._affairs_in_user_lang()
        self._check_execution_duty()
        for project in self:
            project._check_stage("preparation")
            if not (project.date_issue and project.date_bid_deadline):
                raise UserError(
                    self.env._("Set the issue date and the bid deadline first.")
                )
        self._affairs_transition_write({"stage": "bidding"})
        for project in self:
            project._schedule_step(self.env._("Open the bids"), project.date_opening)
        return True

    def action_draw_experts(self, panel_size=None):
        """Draw the evaluation panel at random, excluding related experts."""
        self = self._affairs_in_user_lang()
        self._check_execution_duty()
        if panel_size is not None and (
            isinstance(panel_size, bool)
            or not isinstance(panel_size, int)
            or not 1 <= panel_size <= MAX_PANEL_SIZE
        ):
            raise UserError(
                self.env._(
                    "The panel size must be a whole number from 1 to %(max)s.",
                    max=MAX_PANEL_SIZE,
                )
            )
        for project in self:
            project._check_stage("bidding")
            project._affairs_transition_write(
                {
                    "expert_ids": [
                        fields.Command.set(
                            self.env["affairs.procurement.expert.draw"]
                            ._draw(project, panel_size or project._get_panel_size())
                            .ids
                        )
                    ]
                }
            )
        return True

    def action_evaluate(self):
        """Close the evaluation: rankings are final."""
        self = self._affairs_in_user_lang()
        self._check_execution_duty()
        today = fields.Date.context_today(self)
        rule_maps = self._affairs_rule_maps("affairs.procurement.method.rule")
        for project in self:
            project._check_stage("bidding")
            if project.date_opening and today < project.date_opening:
                raise UserError(
                    self.env._("Bids cannot be evaluated before they are opened.")
                )
            project.bid_ids._check_evaluation_ready(
                project, rule_maps[project].get((project.method, project.kind))
            )
        self._affairs_transition_write({"stage": "evaluated", "date_evaluation": today})
        for project in self:
            project._schedule_step(
                self.env._("Issue the award notice"), project.date_award_due
            )
        return True

    def action_award(self):
        """Award the best-ranked bid and create the order for the agency."""
        self = self._affairs_in_user_lang()
        self._check_execution_duty()
        for project in self:
            project._check_stage("evaluated")
            winner = project.bid_ids.filtered(lambda bid: bid.ranking == 1)[:1]
            if not winner:
                raise UserError(self.env._("No qualified bid ranks first."))
            project._affairs_transition_write(
                {
                    "winning_bid_id": winner.id,
                    "date_award_notice": fields.Date.context_today(self),
                    "stage": "awarded",
                }
            )
            project._create_order()
            project._schedule_step(
                self.env._("Sign the contract"), project.date_contract_deadline
            )
            project.message_post(
                body=self.env._(
                    "Awarded to %(supplier)s for %(amount)s.",
                    supplier=winner.partner_id.display_name,
                    amount=format_amount(self.env, winner.price, project.currency_id),
                )
            )
        return True

    def action_sign_contract(self):
        """Record the contract; open challenges suspend it."""
        self = self._affairs_in_user_lang()
        self._check_execution_duty()
        for project in self:
            project._check_stage("awarded")
            if self.env["affairs.procurement.challenge"].search_count(
                [("project_id", "=", project.id), ("state", "=", "open")], limit=1
            ):
                raise UserError(
                    self.env._("Reply to the open challenges before signing.")
                )
            project._affairs_transition_write(
                {
                    "date_contract": project.date_contract
                    or fields.Date.context_today(self),
                    "contract_signed_by_id": self.env.uid,
                    "stage": "contracted",
                }
            )
            project._confirm_order()
        return True

    def action_record_acceptance(self):
        """Record the acceptance (履约验收) by someone other than the signer."""
        self = self._affairs_in_user_lang()
        self._check_execution_duty()
        for project in self:
            project._check_stage("contracted")
            if not project.acceptance_result:
                raise UserError(self.env._("Set the acceptance result."))
            if project.contract_signed_by_id == self.env.user:
                raise UserError(
                    self.env._(
                        "Separation of duties: the person who signed the contract "
                        "cannot accept its performance."
                    )
                )
        self._affairs_transition_write(
            {
                "stage": "done",
                "acceptance_by_id": self.env.uid,
                "date_acceptance": fields.Date.context_today(self),
            }
        )
        return True

    def action_view_purchase(self):
        self.ensure_one()
        if self.requisition_id:
            return {
                "type": "ir.actions.act_window",
                "res_model": "purchase.requisition",
                "res_id": self.requisition_id.id,
                "view_mode": "form",
            }
        return {
            "type": "ir.actions.act_window",
            "res_model": "purchase.order",
            "res_id": self.purchase_order_id.id,
            "view_mode": "form",
        }

    def action_view_challenges(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Challenges"),
            "res_model": "affairs.procurement.challenge",
            "view_mode": "list,form",
            "domain": [("project_id", "=", self.id)],
            "context": {"default_project_id": self.id},
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _check_stage(self, stage):
        """Execution steps run on an approved project at ``stage``."""
        self.ensure_one()
        if self.state != "approved" or self.stage != stage:
            stages = dict(self._fields["stage"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(name)s must be approved and at the %(stage)s stage for "
                    "this step.",
                    name=self.display_name,
                    stage=stages[stage],
                )
            )

    def action_cancel(self):
        """Cancel until the evaluation; an awarded project is not withdrawn."""
        self = self._affairs_in_user_lang()
        for project in self:
            if project.stage not in self._affairs_cancellable_stages:
                raise UserError(
                    self.env._(
                        "%(name)s can no longer be cancelled.",
                        name=project.display_name,
                    )
                )
        return super().action_cancel()

    def _affairs_check_plain_write(self, vals):
        """An accepted project is closed like a finished request."""
        super()._affairs_check_plain_write(vals)
        closed = self.filtered(lambda project: project.stage == "done")
        if closed and set(vals) - self._affairs_always_free_fields():
            raise UserError(
                self.env._(
                    "%(name)s is accepted and closed: it can no longer be changed.",
                    name=closed[0].display_name,
                )
            )

    def _affairs_is_desk_user(self):
        return self.env.user.has_group(EXECUTOR_GROUP)

    def _affairs_check_can_review(self):
        """Execution never approves (管采分离): executors who are not managers
        never approve; a manager who also executes is kept off the projects
        they approved by ``_check_execution_duty``."""
        super()._affairs_check_can_review()
        user = self.env.user
        if user.has_group(EXECUTOR_GROUP) and not user.has_group(
            "affairs_base.group_affairs_manager"
        ):
            raise UserError(
                self.env._(
                    "Separation of management and execution: procurement "
                    "executors do not approve %(name)s.",
                    name=self.display_name,
                )
            )

    def _check_execution_duty(self):
        """Execution steps: executors only, never who approved (管采分离)."""
        if not self.env.user.has_group(EXECUTOR_GROUP):
            raise UserError(
                self.env._("Only procurement executors run procurement steps.")
            )
        for project in self:
            managers = (
                project.approved_by_id
                | project.plan_id.approved_by_id
                | project.review_ids.done_by
            )
            if self.env.user in managers:
                raise UserError(
                    self.env._(
                        "Separation of duties: you approved %(name)s or its plan and "
                        "cannot run its evaluation or award.",
                        name=project.display_name,
                    )
                )

    def _schedule_step(self, summary, date_deadline):
        """An activity for the executor before a statutory date."""
        if date_deadline and self.executor_id:
            self.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=date_deadline,
                summary=summary,
                user_id=self.executor_id.id,
            )

    def _get_product(self):
        return self.env.ref(f"affairs_procurement.product_procurement_{self.kind}")

    def _create_order(self):
        """Purchase order (or blanket order for a framework) of the award."""
        self = self._affairs_in_user_lang()
        self.ensure_one()
        if self.method == "framework":
            requisition = self.env["purchase.requisition"]._affairs_create_from_award(
                self
            )
            self._affairs_transition_write({"requisition_id": requisition.id})
        else:
            order = self.env["purchase.order"]._affairs_create_from_award(self)
            self._affairs_transition_write({"purchase_order_id": order.id})

    def _confirm_order(self):
        """Confirm the orders of the award and publish a designated supplier."""
        self = self._affairs_in_user_lang()
        self.ensure_one()
        if self.purchase_order_id.state in ("draft", "sent"):
            self.purchase_order_id.button_confirm()
        if self.requisition_id.state == "draft":
            self.requisition_id.action_confirm()
        if self.designated_service_type and self.winning_bid_id:
            self.env["affairs.designated.supplier"]._affairs_publish_award(self)

    def _check_bids_open(self):
        for project in self:
            if project.state not in ("draft", "approved") or project.stage not in (
                "preparation",
                "bidding",
            ):
                raise UserError(
                    self.env._(
                        "Bids of %(name)s can no longer change.",
                        name=project.display_name,
                    )
                )
