# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError

from .affairs_emergency_plan import HAZARDS
from .affairs_emergency_plan_level import LEVELS

INCIDENT_STATES = [
    ("reported", "Reported"),
    ("active", "Response Active"),
    ("closed", "Closed"),
    ("cancel", "Cancelled"),
]
OFFICE_GROUP = "affairs_emergency.group_emergency_office"
# Fields only the emergency office writes (through its actions).
_OFFICE_FIELDS = {
    "state",
    "date_activated",
    "activated_by_id",
    "date_closed",
    "reported_by_id",
    "line_ids",
    "cause",
    "losses",
    "lessons",
    "action_ids",
}
# Fields the chatter may write for anyone who can post.
_CHATTER_FIELDS = {"message_main_attachment_id"}


class AffairsEmergencyIncident(models.Model):
    """A real emergency (突发事件): reported, handled by its plan, closed with a report."""

    _name = "affairs.emergency.incident"
    _description = "Emergency Incident"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_reported desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    title = fields.Char(string="What Happened", required=True, tracking=True)
    hazard = fields.Selection(
        HAZARDS, string="Hazard Type", required=True, default="other", tracking=True
    )
    plan_id = fields.Many2one(
        "affairs.emergency.plan",
        string="Plan",
        index=True,
        tracking=True,
        check_company=True,
        domain="[('state', '=', 'approved')]",
    )
    level = fields.Selection(LEVELS, string="Response Level", tracking=True)
    level_trigger = fields.Text(
        string="Level Trigger", compute="_compute_level_trigger"
    )
    plan_trigger_ids = fields.One2many(
        related="plan_id.level_ids", string="Triggers of the Plan"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    date_reported = fields.Datetime(
        string="Reported On", required=True, default=fields.Datetime.now, tracking=True
    )
    reported_by_id = fields.Many2one(
        "res.users",
        string="Reported By",
        required=True,
        readonly=True,
        default=lambda self: self.env.user,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        default=lambda self: self.env.user.employee_id.affairs_agency_id,
        domain=[("is_affairs_agency", "=", True)],
        check_company=True,
    )
    location = fields.Char(required=True)
    description = fields.Text()
    service_request_id = fields.Many2one(
        "affairs.service.request",
        string="Service Request",
        index=True,
        check_company=True,
    )
    state = fields.Selection(
        INCIDENT_STATES,
        default="reported",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    date_activated = fields.Datetime(string="Activated On", readonly=True, copy=False)
    activated_by_id = fields.Many2one(
        "res.users", string="Activated By", readonly=True, copy=False
    )
    date_closed = fields.Datetime(string="Closed On", readonly=True, copy=False)
    line_ids = fields.One2many(
        "affairs.emergency.incident.line", "incident_id", "Response Checklist"
    )
    progress = fields.Float(compute="_compute_progress")
    # Closure report
    cause = fields.Text(string="Causes")
    losses = fields.Text(string="Losses")
    lessons = fields.Text(string="Lessons Learned")
    action_ids = fields.One2many(
        "affairs.emergency.corrective.action", "incident_id", "Corrective Actions"
    )
    drill_ids = fields.One2many(
        "affairs.emergency.drill",
        compute="_compute_drill_ids",
        string="Drills of the Plan",
    )

    @api.depends("plan_id.level_ids.trigger", "level")
    def _compute_level_trigger(self):
        for incident in self:
            level = incident.plan_id.level_ids.filtered(
                lambda lvl, i=incident: lvl.level == i.level
            )
            incident.level_trigger = level.trigger or False

    @api.depends("line_ids.is_done")
    def _compute_progress(self):
        for incident in self:
            lines = incident.line_ids
            incident.progress = (
                100.0 * len(lines.filtered("is_done")) / len(lines) if lines else 0.0
            )

    @api.depends("plan_id")
    def _compute_drill_ids(self):
        for incident in self:
            incident.drill_ids = incident.plan_id.drill_ids.filtered(
                lambda drill: drill.state == "done"
            )

    @api.onchange("plan_id")
    def _onchange_plan_id(self):
        if self.plan_id:
            self.hazard = self.plan_id.hazard

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("affairs.emergency.incident")
                    or "/"
                )
        return super().create(vals_list)

    def write(self, vals):
        """Reporters may complete their report until the office takes it over."""
        keys = set(vals) - _CHATTER_FIELDS
        if keys and not self.env.su and not self.env.user.has_group(OFFICE_GROUP):
            if keys & _OFFICE_FIELDS or self.filtered(
                lambda incident: incident.state != "reported"
            ):
                raise AccessError(
                    self.env._(
                        "Only the emergency office can change an incident once "
                        "reported, or its response and closure report."
                    )
                )
        return super().write(vals)

    # ---- Actions ----
    def _check_office(self):
        if not self.env.user.has_group(OFFICE_GROUP):
            raise AccessError(
                self.env._(
                    "Only the emergency office can activate or close a response."
                )
            )

    def action_activate(self):
        """Activate the plan at the chosen level.

        The level's steps become the live checklist, every command role of the
        plan gets an activity and the message, and follows the incident.
        """
        self = self._affairs_in_user_lang()
        self._check_office()
        for incident in self:
            if incident.state != "reported":
                raise UserError(
                    self.env._("%s is not waiting for activation.", incident.name)
                )
            if not incident.plan_id or not incident.level:
                raise UserError(
                    self.env._(
                        "Choose the plan and the response level of %s.", incident.name
                    )
                )
            if incident.plan_id.state != "approved":
                raise UserError(self.env._("Only a plan in force can be activated."))
            level = incident.plan_id.level_ids.filtered(
                lambda lvl, i=incident: lvl.level == i.level
            )
            if not level.step_ids:
                raise UserError(
                    self.env._("The plan has no steps at the chosen level.")
                )
            incident.write(
                {
                    "state": "active",
                    "date_activated": fields.Datetime.now(),
                    "activated_by_id": self.env.uid,
                    "line_ids": [
                        Command.create(incident._prepare_line_vals(step))
                        for step in level.step_ids
                    ],
                }
            )
            incident._notify_command_roles(level)
        return True

    def action_close(self):
        """Close the response; the closure report (causes, losses, lessons) is required."""
        self = self._affairs_in_user_lang()
        self._check_office()
        for incident in self:
            if incident.state not in ("reported", "active"):
                raise UserError(self.env._("%s is already closed.", incident.name))
            missing = [
                incident._fields[name].get_description(self.env)["string"]
                for name in ("cause", "losses", "lessons")
                if not (incident[name] or "").strip()
            ]
            if missing:
                raise UserError(
                    self.env._(
                        "Complete the closure report of %(name)s: %(fields)s.",
                        name=incident.name,
                        fields=", ".join(missing),
                    )
                )
        self.write({"state": "closed", "date_closed": fields.Datetime.now()})
        self.activity_feedback(
            ["affairs_emergency.mail_activity_type_incident_response"],
            feedback=self.env._("Incident closed."),
        )
        return True

    def action_cancel(self):
        """A false alarm: cancel before activation."""
        self = self._affairs_in_user_lang()
        self._check_office()
        if self.filtered(lambda incident: incident.state != "reported"):
            raise UserError(self.env._("Only a reported incident can be cancelled."))
        self.write({"state": "cancel"})
        return True

    # ---- Helpers ----
    def _prepare_line_vals(self, step):
        role = step.role_id
        holder = role.employee_id if role.employee_id.active else role.deputy_ids[:1]
        return {
            "sequence": step.sequence,
            "name": step.name,
            "role_id": role.id,
            "acting_employee_id": holder.id,
            "time_limit_minutes": step.time_limit_minutes,
        }

    def _notify_command_roles(self, level):
        self.ensure_one()
        users = self.plan_id.role_ids._affairs_notified_users()
        summary = self.env._(
            "Emergency response %(level)s: %(title)s",
            level=level.display_name,
            title=self.title,
        )
        for user in users:
            self.activity_schedule(
                "affairs_emergency.mail_activity_type_incident_response",
                user_id=user.id,
                summary=summary,
                note=self.level_trigger or "",
            )
        self.message_subscribe(partner_ids=users.partner_id.ids)
        body = Markup("<p><b>%s</b></p><p>%s</p>") % (
            self.env._(
                "Plan %(plan)s activated at %(level)s.",
                plan=self.plan_id.display_name,
                level=level.display_name,
            ),
            self.location,
        )
        self.message_post(
            body=body,
            partner_ids=users.partner_id.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
