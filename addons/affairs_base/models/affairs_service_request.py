# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import SQL, format_amount

from .affairs_approval_mixin import AffairsApprovalMixin, approval_states

OPEN_STATES = ("submitted", "approved", "in_progress")
RATINGS = [
    ("1", "Very dissatisfied"),
    ("2", "Dissatisfied"),
    ("3", "Neutral"),
    ("4", "Satisfied"),
    ("5", "Very satisfied"),
]


class AffairsServiceRequest(models.Model):
    """A request to the bureau's service desk (repair, cleaning, meeting, printing).

    First responsibility (首问负责制): the first staff member who accepts the
    request owns it until it is done; only a recorded hand-over moves it to
    another handler. Service commitment (承诺服务): the deadline is the
    category's promised working hours on the company's working calendar.
    """

    _name = "affairs.service.request"
    _description = "Service Request"
    _inherit = ["affairs.approval.mixin", "affairs.exception.mixin"]
    _affairs_sequence_code = "affairs.service.request"
    _order = "id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "handler_id",
        "accepted_date",
        "deadline",
        "date_done",
    )
    # The requester rates the service once it is done (checked in write).
    _affairs_free_fields = ("rating", "rating_comment")

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    title = fields.Char(string="Subject", required=True, tracking=True)
    category_id = fields.Many2one(
        "affairs.service.category", required=True, tracking=True, index=True
    )
    requester_id = fields.Many2one(
        "hr.employee",
        string="Requester",
        required=True,
        default=lambda self: self.env.user.employee_id,
        tracking=True,
        index=True,
        check_company=True,
    )
    requester_user_id = fields.Many2one(
        related="requester_id.user_id", store=True, string="Requester User"
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_agency_id",
        store=True,
        readonly=False,
        index=True,
        domain=[("is_affairs_agency", "=", True)],
        check_company=True,
    )
    location = fields.Char()
    description = fields.Html()
    estimated_cost = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    state = fields.Selection(
        approval_states(
            ("in_progress", "In Progress"), ("done", "Done"), approved="To Accept"
        ),
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_affairs_group_expand_states",
    )
    handler_id = fields.Many2one(
        "res.users", string="Handler", readonly=True, tracking=True, copy=False
    )
    accepted_date = fields.Datetime(readonly=True, copy=False)
    deadline = fields.Datetime(readonly=True, copy=False, tracking=True)
    date_done = fields.Datetime(string="Done On", readonly=True, copy=False)
    is_overdue = fields.Boolean(
        compute="_compute_is_overdue", search="_search_is_overdue"
    )
    on_time_rate = fields.Float(
        string="On Time (%)",
        compute="_compute_on_time_rate",
        store=True,
        aggregator="avg",
        help="100 when done by the deadline, 0 when late.",
    )
    rating = fields.Selection(RATINGS, string="Satisfaction", copy=False, tracking=True)
    rating_value = fields.Float(
        string="Satisfaction Score",
        compute="_compute_rating_value",
        store=True,
        aggregator="avg",
    )
    rating_comment = fields.Text(string="Rating Comment", copy=False)
    handover_ids = fields.One2many(
        "affairs.service.handover", "request_id", string="Hand-overs", readonly=True
    )
    handover_count = fields.Integer(compute="_compute_handover_count")

    _estimated_cost_positive = models.Constraint(
        "CHECK(estimated_cost >= 0)", "The estimated cost cannot be negative."
    )

    @api.depends("requester_id")
    def _compute_agency_id(self):
        for request in self:
            # sudo: requesters may not read hr.employee; only the agency is kept.
            request.agency_id = request.requester_id.sudo().affairs_agency_id

    @api.depends("deadline", "state", "date_done")
    def _compute_is_overdue(self):
        now = fields.Datetime.now()
        for request in self:
            end = request.date_done if request.state == "done" else now
            request.is_overdue = bool(
                request.deadline
                and request.state in OPEN_STATES + ("done",)
                and end > request.deadline
            )

    def _search_is_overdue(self, operator, value):
        if operator != "in":
            return NotImplemented
        late_done = self._search([("state", "=", "done"), ("deadline", "!=", False)])
        late_done.add_where(
            SQL(
                "%s > %s",
                SQL.identifier(self._table, "date_done"),
                SQL.identifier(self._table, "deadline"),
            )
        )
        overdue = Domain("id", "in", late_done.subselect()) | (
            Domain("state", "in", OPEN_STATES)
            & Domain("deadline", "<", fields.Datetime.now())
        )
        return overdue if True in value else ~overdue

    @api.depends("state", "date_done", "deadline")
    def _compute_on_time_rate(self):
        for request in self:
            if request.state == "done" and request.deadline:
                request.on_time_rate = (
                    100.0 if request.date_done <= request.deadline else 0.0
                )
            else:
                request.on_time_rate = False

    @api.depends("rating")
    def _compute_rating_value(self):
        for request in self:
            request.rating_value = int(request.rating) if request.rating else False

    def _compute_handover_count(self):
        for request in self:
            request.handover_count = len(request.handover_ids)

    @api.constrains("rating", "state")
    def _check_rating(self):
        for request in self:
            if request.rating and request.state != "done":
                raise ValidationError(
                    self.env._("A service can be rated only once it is done.")
                )

    def write(self, vals):
        if {"rating", "rating_comment"} & vals.keys():
            self._check_can_rate()
        return super().write(vals)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_submit(self):
        """File the requests: those needing approval go to the approvers,
        the others straight into the handlers' queue. The deadline is set now."""
        for request in self:
            if request.state != "draft":
                raise UserError(
                    self.env._("Only a draft can be submitted: %s.", request.name)
                )
            request._check_cost_cap()
            request._affairs_transition_write(
                {"deadline": request._compute_deadline(fields.Datetime.now())}
            )
        to_approve = self.filtered("category_id.requires_approval")
        direct = self - to_approve
        super(AffairsServiceRequest, to_approve).action_submit()
        direct._affairs_transition_write(
            {
                "state": "approved",
                "submitted_by_id": self.env.uid,
                "submitted_date": fields.Datetime.now(),
            }
        )
        direct._notify_handlers()
        return True

    def _affairs_on_approved(self):
        self._notify_handlers()

    def action_accept(self):
        """Take ownership: the first staff member to accept owns the request."""
        # Two staff accepting at once cannot both own it.
        self._affairs_lock_rows(["handler_id", "state"])
        for request in self:
            if request.state != "approved":
                raise UserError(
                    self.env._(
                        "%(name)s is not waiting for a handler.", name=request.name
                    )
                )
            if request.handler_id:
                raise UserError(
                    self.env._(
                        "%(name)s was already accepted by %(handler)s.",
                        name=request.name,
                        handler=request.handler_id.name,
                    )
                )
        self._affairs_transition_write(
            {
                "state": "in_progress",
                "handler_id": self.env.uid,
                "accepted_date": fields.Datetime.now(),
            }
        )
        self._close_open_activities()
        return True

    def action_done(self):
        """Close the request; only its handler (or a manager) may."""
        is_manager = self.env.user.has_group("affairs_base.group_affairs_manager")
        for request in self:
            if request.state != "in_progress":
                raise UserError(
                    self.env._("%(name)s is not in progress.", name=request.name)
                )
            if request.handler_id != self.env.user and not is_manager:
                raise UserError(
                    self.env._(
                        "Only %(handler)s, who owns %(name)s, can close it.",
                        handler=request.handler_id.name,
                        name=request.name,
                    )
                )
        self._affairs_transition_write(
            {"state": "done", "date_done": fields.Datetime.now()}
        )
        self._close_open_activities()
        for request in self.filtered("requester_user_id"):
            request.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=request.requester_user_id.id,
                summary=self.env._("Rate the service %s", request.name),
            )
        return True

    def action_rate(self, rating, comment=False):
        """The requester rates the service once it is done (1 to 5)."""
        if str(rating) not in dict(RATINGS):
            raise UserError(self.env._("Rate the service from 1 to 5."))
        self.write({"rating": str(rating), "rating_comment": comment})
        self._close_open_activities()
        return True

    def action_open_handover(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Hand Over"),
            "res_model": "affairs.service.handover",
            "view_mode": "form",
            "target": "new",
            "context": {"default_request_id": self.id},
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _compute_deadline(self, start):
        self.ensure_one()
        # China's working hours: holidays skipped, make-up days (调休) worked.
        calendar = self.company_id._affairs_working_calendar()
        return calendar.affairs_add_working_hours(
            start, self.category_id.promised_hours
        )

    def _check_cost_cap(self):
        self.ensure_one()
        cap = self.category_id.cost_cap
        self._affairs_check_rule(
            "service_cost_cap",
            bool(cap) and self.estimated_cost > cap,
            self.env._(
                "The estimated cost of %(name)s (%(cost)s) is above the cap of "
                "%(cap)s for %(category)s.",
                name=self.name,
                cost=format_amount(self.env, self.estimated_cost, self.currency_id),
                cap=format_amount(self.env, cap, self.currency_id),
                category=self.category_id.name,
            ),
        )

    def _check_can_rate(self):
        for request in self:
            if request.state != "done":
                raise UserError(
                    self.env._("A service can be rated only once it is done.")
                )
            if self.env.user != request.requester_user_id and not self.env.su:
                raise UserError(
                    self.env._(
                        "Only the requester of %(name)s can rate it.", name=request.name
                    )
                )

    def _close_open_activities(self):
        """Work done leaves nothing in anybody's inbox: the current user's
        to-dos and reminders are marked done, the other handlers' dropped."""
        types = self.env.ref("mail.mail_activity_data_todo") | self.env.ref(
            "mail.mail_activity_data_warning"
        )
        activities = self.activity_ids.filtered(lambda a: a.activity_type_id in types)
        mine = activities.filtered(lambda a: a.user_id == self.env.user)
        mine.action_feedback()
        # sudo: the other handlers' activities are theirs, and whoever did the
        # work may not unlink them; the request no longer needs them.
        (activities - mine).sudo().unlink()

    def _notify_handlers(self):
        for request in self:
            for user in request.category_id.handler_ids:
                request.activity_schedule(
                    "mail.mail_activity_data_todo",
                    user_id=user.id,
                    date_deadline=request.deadline and request.deadline.date(),
                    summary=self.env._("Accept service request %s", request.name),
                )

    @api.model
    def _cron_flag_overdue(self):
        """Remind handlers of the requests past their promised time."""
        overdue = self.search([("is_overdue", "=", True), ("state", "in", OPEN_STATES)])
        activity_type = self.env.ref("mail.mail_activity_data_warning")
        for request in overdue:
            user = request.handler_id or request.category_id.handler_ids[:1]
            if not user or request.activity_ids.filtered(
                lambda a: a.activity_type_id == activity_type
            ):
                continue
            request.activity_schedule(
                activity_type_id=activity_type.id,
                user_id=user.id,
                summary=self.env._("Overdue: %s", request.name),
            )
