# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
)

PLAN_TYPES = [("master", "Master Plan"), ("special", "Special Plan")]
SCOPES = [
    ("compound", "Compound"),
    ("building", "Building"),
    ("city", "City Support"),
]
HAZARDS = [
    ("general", "All Hazards"),
    ("fire", "Fire"),
    ("power", "Power Cut"),
    ("water", "Water Supply"),
    ("lift", "Lift Entrapment"),
    ("gas", "Gas Leak"),
    ("food", "Food Safety"),
    ("health", "Public Health"),
    ("weather", "Extreme Weather"),
    ("flood", "Flood"),
    ("earthquake", "Earthquake"),
    ("gathering", "Mass Gathering"),
    ("it", "Information System Failure"),
    ("other", "Other"),
]
PLAN_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("approved", "In Force"),
    ("rejected", "Rejected"),
    ("cancel", "Cancelled"),
    ("superseded", "Superseded"),
]
# Fields a superseded version may still receive (chatter and archiving).
_SUPERSEDED_WRITABLE = {"active", "message_main_attachment_id"}


class AffairsEmergencyPlan(models.Model):
    """An emergency response plan (应急预案), master or special, versioned."""

    _name = "affairs.emergency.plan"
    _description = "Emergency Plan"
    _inherit = ["affairs.approval.mixin"]
    _order = "plan_type, sequence, name, version desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "date_last_review",
        "superseded_by_id",
    )

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(string="Reference", copy=False)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    plan_type = fields.Selection(
        PLAN_TYPES, string="Plan Type", required=True, default="special", tracking=True
    )
    scope = fields.Selection(SCOPES, required=True, default="compound")
    hazard = fields.Selection(
        HAZARDS, string="Hazard Type", required=True, default="general", tracking=True
    )
    state = fields.Selection(
        PLAN_STATES,
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    version = fields.Integer(default=1, required=True, copy=False, tracking=True)
    previous_version_id = fields.Many2one(
        "affairs.emergency.plan",
        string="Previous Version",
        readonly=True,
        copy=False,
        check_company=True,
    )
    superseded_by_id = fields.Many2one(
        "affairs.emergency.plan",
        string="Superseded By",
        readonly=True,
        copy=False,
        check_company=True,
    )
    is_confidential = fields.Boolean(
        string="Confidential",
        help="Only the holders of the plan's command roles and the managers see it.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    objective = fields.Text(string="Purpose and Scope")
    safeguards = fields.Text(string="Safeguards")
    # Validity and revision
    date_effective = fields.Date(string="Effective Date", tracking=True)
    review_cycle_months = fields.Integer(string="Review Cycle (months)", default=36)
    review_notice_days = fields.Integer(string="Review Notice (days)", default=30)
    date_last_review = fields.Date(string="Last Reviewed", readonly=True, copy=False)
    date_next_review = fields.Date(
        string="Revision Due", compute="_compute_date_next_review", store=True
    )
    is_review_due = fields.Boolean(
        string="Revision Due Soon",
        compute="_compute_is_review_due",
        search="_search_is_review_due",
    )
    document = fields.Binary(string="Plan Document", attachment=True)
    document_name = fields.Char(string="Document Name")
    # Structure
    level_ids = fields.One2many(
        "affairs.emergency.plan.level", "plan_id", "Response Levels"
    )
    step_ids = fields.One2many("affairs.emergency.plan.step", "plan_id", "Steps")
    role_ids = fields.One2many(
        "affairs.emergency.role", "plan_id", "Command Roles", copy=True
    )
    resource_line_ids = fields.One2many(
        "affairs.emergency.plan.resource", "plan_id", "Required Resources", copy=True
    )
    command_user_ids = fields.Many2many(
        "res.users",
        "affairs_emergency_plan_command_user_rel",
        "plan_id",
        "user_id",
        string="Command Users",
        compute="_compute_command_user_ids",
        store=True,
    )
    role_gap_count = fields.Integer(
        string="Role Gaps", compute="_compute_role_gap_count"
    )
    has_role_gap = fields.Boolean(
        string="Command Gap",
        compute="_compute_role_gap_count",
        search="_search_has_role_gap",
    )
    has_shortage = fields.Boolean(
        string="Resource Shortage",
        compute="_compute_has_shortage",
        search="_search_has_shortage",
    )
    # Drills
    drill_frequency_months = fields.Integer(string="Drill Every (months)", default=12)
    drill_ids = fields.One2many("affairs.emergency.drill", "plan_id", "Drills")
    drill_count = fields.Integer(compute="_compute_drill_count")
    date_last_drill = fields.Date(string="Last Drill", compute="_compute_drill_status")
    is_drill_overdue = fields.Boolean(
        string="Drill Overdue",
        compute="_compute_drill_status",
        search="_search_is_drill_overdue",
    )
    incident_ids = fields.One2many("affairs.emergency.incident", "plan_id", "Incidents")
    incident_count = fields.Integer(compute="_compute_incident_count")

    _version_positive = models.Constraint(
        "CHECK(version > 0)", "The version of a plan is a positive number."
    )

    # ---- Compute methods ----
    @api.depends("date_effective", "date_last_review", "review_cycle_months")
    def _compute_date_next_review(self):
        for plan in self:
            start = plan.date_last_review or plan.date_effective
            plan.date_next_review = (
                start + relativedelta(months=plan.review_cycle_months)
                if start
                else False
            )

    @api.depends("date_next_review", "review_notice_days", "state")
    def _compute_is_review_due(self):
        today = fields.Date.context_today(self)
        for plan in self:
            plan.is_review_due = bool(
                plan.state == "approved"
                and plan.date_next_review
                and plan.date_next_review - relativedelta(days=plan.review_notice_days)
                <= today
            )

    def _search_is_review_due(self, operator, value):
        if operator != "in":
            return NotImplemented
        # The notice is at most a year: only those plans can be due.
        horizon = fields.Date.context_today(self) + relativedelta(days=365)
        plans = self.search(
            [("state", "=", "approved"), ("date_next_review", "<=", horizon)]
        )
        due = Domain("id", "in", plans.filtered("is_review_due").ids)
        return due if True in value else ~due

    @api.depends(
        "role_ids.employee_id.user_id", "role_ids.deputy_ids.user_id", "role_ids.active"
    )
    def _compute_command_user_ids(self):
        for plan in self:
            roles = plan.role_ids
            plan.command_user_ids = (roles.employee_id | roles.deputy_ids).user_id

    @api.depends("role_ids.is_gap")
    def _compute_role_gap_count(self):
        for plan in self:
            plan.role_gap_count = len(plan.role_ids.filtered("is_gap"))
            plan.has_role_gap = bool(plan.role_gap_count)

    def _search_has_role_gap(self, operator, value):
        if operator != "in":
            return NotImplemented
        gap = Domain("role_ids.is_gap", "=", True)
        return gap if True in value else ~gap

    @api.depends("resource_line_ids.is_shortage")
    def _compute_has_shortage(self):
        for plan in self:
            plan.has_shortage = any(plan.resource_line_ids.mapped("is_shortage"))

    def _search_has_shortage(self, operator, value):
        if operator != "in":
            return NotImplemented
        lines = self.env["affairs.emergency.plan.resource"].search([])
        short = Domain("id", "in", lines.filtered("is_shortage").plan_id.ids)
        return short if True in value else ~short

    def _compute_drill_count(self):
        data = self.env["affairs.emergency.drill"]._read_group(
            [("plan_id", "in", self.ids)], ["plan_id"], ["__count"]
        )
        counts = {plan.id: count for plan, count in data}
        for plan in self:
            plan.drill_count = counts.get(plan.id, 0)

    def _compute_incident_count(self):
        data = self.env["affairs.emergency.incident"]._read_group(
            [("plan_id", "in", self.ids)], ["plan_id"], ["__count"]
        )
        counts = {plan.id: count for plan, count in data}
        for plan in self:
            plan.incident_count = counts.get(plan.id, 0)

    @api.depends("drill_ids.date", "drill_ids.state", "drill_frequency_months", "state")
    def _compute_drill_status(self):
        data = self.env["affairs.emergency.drill"]._read_group(
            [("plan_id", "in", self.ids), ("state", "=", "done")],
            ["plan_id"],
            ["date:max"],
        )
        last = {plan.id: date for plan, date in data}
        today = fields.Date.context_today(self)
        for plan in self:
            plan.date_last_drill = last.get(plan.id, False)
            period_start = today - relativedelta(months=plan.drill_frequency_months)
            plan.is_drill_overdue = bool(
                plan.state == "approved"
                and plan.drill_frequency_months > 0
                and not (plan.date_last_drill and plan.date_last_drill > period_start)
            )

    def _search_is_drill_overdue(self, operator, value):
        if operator != "in":
            return NotImplemented
        plans = self.search([("state", "=", "approved")])
        overdue = Domain("id", "in", plans.filtered("is_drill_overdue").ids)
        return overdue if True in value else ~overdue

    # ---- Constraints ----
    @api.constrains(
        "review_cycle_months", "review_notice_days", "drill_frequency_months"
    )
    def _check_cycles(self):
        for plan in self:
            if not 1 <= plan.review_cycle_months <= 120:
                raise ValidationError(
                    self.env._("The review cycle must be between 1 and 120 months.")
                )
            if not 0 <= plan.review_notice_days <= 365:
                raise ValidationError(
                    self.env._("The review notice must be between 0 and 365 days.")
                )
            if not 0 <= plan.drill_frequency_months <= 60:
                raise ValidationError(
                    self.env._("The drill frequency must be between 0 and 60 months.")
                )

    @api.constrains("date_effective")
    def _check_date_effective(self):
        today = fields.Date.context_today(self)
        for plan in self:
            if plan.date_effective and not (
                today - relativedelta(years=30)
                <= plan.date_effective
                <= today + relativedelta(years=5)
            ):
                raise ValidationError(
                    self.env._("The effective date of %s is not plausible.", plan.name)
                )

    # ---- ORM Overrides ----
    def write(self, vals):
        if set(vals) - _SUPERSEDED_WRITABLE and not self.env.su:
            frozen = self.filtered(lambda plan: plan.state == "superseded")
            if frozen:
                raise UserError(
                    self.env._(
                        "%s has been superseded by a newer version and is kept "
                        "read-only.",
                        frozen[0].display_name,
                    )
                )
        return super().write(vals)

    @api.depends("name", "version")
    def _compute_display_name(self):
        for plan in self:
            plan.display_name = self.env._(
                "%(name)s (v%(version)s)", name=plan.name or "", version=plan.version
            )

    # ---- Actions ----
    def _affairs_check_submit(self):
        self.ensure_one()
        if not self.level_ids:
            raise UserError(
                self.env._(
                    "%s has no response level: add levels I-IV with their "
                    "triggers and steps before submitting.",
                    self.name,
                )
            )
        if not self.role_ids:
            raise UserError(
                self.env._(
                    "%s has no command structure: add the command roles "
                    "before submitting.",
                    self.name,
                )
            )
        if not self.date_effective:
            raise UserError(self.env._("Set the effective date of %s.", self.name))

    def _affairs_on_approved(self):
        """The approved version is in force: the one it replaces is superseded."""
        self = self._affairs_in_user_lang()
        for plan in self:
            old = plan.previous_version_id
            if old and old.state == "approved":
                old._affairs_transition_write(
                    {"state": "superseded", "superseded_by_id": plan.id}
                )
                old.activity_unlink(
                    ["affairs_emergency.mail_activity_type_plan_review"]
                )
                old.message_post(
                    body=self.env._("Superseded by version %s.", plan.version)
                )

    def action_new_version(self):
        """Draft the next version of an approved plan (levels, roles, resources copied)."""
        self = self._affairs_in_user_lang()
        self.ensure_one()
        if self.state != "approved":
            raise UserError(self.env._("Only a plan in force can be revised."))
        if self.search_count([("previous_version_id", "=", self.id)]):
            raise UserError(
                self.env._("A new version of %s already exists.", self.name)
            )
        new = self.copy(
            {
                "version": self.version + 1,
                "previous_version_id": self.id,
                "code": self.code,
                "date_effective": False,
            }
        )
        # Steps name the roles of the old version: give them the copies.
        role_map = dict(zip(self.role_ids, new.role_ids, strict=True))
        self.env["affairs.emergency.plan.level"].create(
            [level._prepare_copy_vals(new, role_map) for level in self.level_ids]
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": new.id,
            "view_mode": "form",
        }

    def action_mark_reviewed(self):
        """Record that the plan was reviewed today: the revision date moves on."""
        self = self._affairs_in_user_lang()
        for plan in self:
            if plan.state != "approved":
                raise UserError(self.env._("Only a plan in force can be reviewed."))
        self._affairs_transition_write(
            {"date_last_review": fields.Date.context_today(self)}
        )
        self.activity_feedback(
            ["affairs_emergency.mail_activity_type_plan_review"],
            feedback=self.env._("Reviewed."),
        )
        return True

    def action_view_drills(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "affairs_emergency.affairs_emergency_drill_action"
        )
        action["domain"] = [("plan_id", "=", self.id)]
        action["context"] = {"default_plan_id": self.id}
        return action

    def action_view_incidents(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "affairs_emergency.affairs_emergency_incident_action"
        )
        action["domain"] = [("plan_id", "=", self.id)]
        action["context"] = {"default_plan_id": self.id}
        return action

    # ---- Cron ----
    @api.model
    def _cron_schedule_reviews(self):
        """An activity for the responsible of every plan whose revision is due soon."""
        activity_type = self.env.ref("affairs_emergency.mail_activity_type_plan_review")
        for plan in self.search([("is_review_due", "=", True)]):
            if plan.activity_ids.filtered(
                lambda activity: activity.activity_type_id == activity_type
            ):
                continue
            responsible = plan.user_id or self.env.user
            plan = plan._affairs_in_lang_of(responsible)
            plan.activity_schedule(
                "affairs_emergency.mail_activity_type_plan_review",
                date_deadline=plan.date_next_review,
                user_id=responsible.id,
                summary=plan.env._("Revise %s", plan.display_name),
            )

    @api.model
    def _cron_schedule_drills(self):
        """Plan the next drill of every plan in force from its frequency.

        A plan with a drill frequency and no planned drill gets one, dated a
        frequency after its last drill held (today when that date has passed
        or the plan was never drilled), with an activity for the plan's
        responsible to prepare it.
        """
        plans = self.search(
            [("state", "=", "approved"), ("drill_frequency_months", ">", 0)]
        )
        Drill = self.env["affairs.emergency.drill"]
        planned = {
            plan
            for (plan,) in Drill._read_group(
                [("plan_id", "in", plans.ids), ("state", "=", "planned")], ["plan_id"]
            )
        }
        plans = plans.filtered(lambda plan: plan not in planned)
        if not plans:
            return Drill
        today = fields.Date.context_today(self)
        drills = Drill.create(
            [
                {
                    "plan_id": plan.id,
                    "company_id": plan.company_id.id,
                    "date": max(
                        today,
                        plan.date_last_drill
                        + relativedelta(months=plan.drill_frequency_months)
                        if plan.date_last_drill
                        else today,
                    ),
                    "scenario": plan._affairs_in_lang_of(
                        plan.user_id or self.env.user
                    ).env._("Scheduled drill of %s: describe the scenario.", plan.name),
                }
                for plan in plans
            ]
        )
        for drill in drills:
            responsible = drill.plan_id.user_id or self.env.user
            drill = drill._affairs_in_lang_of(responsible)
            drill.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=drill.date,
                user_id=responsible.id,
                summary=drill.env._("Prepare drill %s", drill.name),
            )
        return drills
