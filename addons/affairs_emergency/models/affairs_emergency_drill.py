# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_emergency_plan_level import LEVELS

DRILL_TYPES = [
    ("tabletop", "Tabletop Exercise"),
    ("functional", "Functional Drill"),
    ("full", "Full-scale Drill"),
]
DRILL_STATES = [
    ("planned", "Planned"),
    ("done", "Done"),
    ("cancel", "Cancelled"),
]
EVALUATIONS = [
    ("excellent", "Excellent"),
    ("good", "Good"),
    ("pass", "Pass"),
    ("fail", "Fail"),
]


class AffairsEmergencyDrill(models.Model):
    """A drill of a plan (应急演练): scenario, attendance, timings, evaluation."""

    _name = "affairs.emergency.drill"
    _description = "Emergency Drill"
    # hr.mixin: the office records participants without HR rights.
    _inherit = ["hr.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    plan_id = fields.Many2one(
        "affairs.emergency.plan",
        string="Plan",
        required=True,
        # A plan can only be deleted as a draft; its trial drills go with it.
        ondelete="cascade",
        index=True,
        tracking=True,
        check_company=True,
        domain="[('state', '=', 'approved')]",
    )
    hazard = fields.Selection(related="plan_id.hazard", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    drill_type = fields.Selection(
        DRILL_TYPES, string="Drill Type", required=True, default="functional"
    )
    level = fields.Selection(LEVELS, string="Simulated Level", default="4")
    location = fields.Char()
    scenario = fields.Text(required=True)
    organizer_id = fields.Many2one(
        "hr.employee",
        string="Organizer",
        check_company=True,
        default=lambda self: self.env.user.employee_id,
    )
    participant_ids = fields.Many2many(
        "hr.employee",
        "affairs_emergency_drill_participant_rel",
        "drill_id",
        "employee_id",
        string="Participants",
        check_company=True,
    )
    participant_count = fields.Integer(compute="_compute_participant_count")
    step_ids = fields.One2many(
        "affairs.emergency.drill.step", "drill_id", "Observed Steps"
    )
    evaluation = fields.Selection(EVALUATIONS, string="Result", tracking=True)
    evaluation_note = fields.Text(string="Evaluation Comments")
    action_ids = fields.One2many(
        "affairs.emergency.corrective.action",
        "drill_id",
        "Problems and Corrective Actions",
    )
    open_action_count = fields.Integer(compute="_compute_open_action_count")
    state = fields.Selection(
        DRILL_STATES,
        default="planned",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    incident_ids = fields.One2many(
        "affairs.emergency.incident",
        compute="_compute_incident_ids",
        string="Incidents of the Plan",
    )

    @api.depends("participant_ids")
    def _compute_participant_count(self):
        for drill in self:
            drill.participant_count = len(drill.participant_ids)

    @api.depends("action_ids.state")
    def _compute_open_action_count(self):
        for drill in self:
            drill.open_action_count = len(
                drill.action_ids.filtered(lambda action: action.state == "open")
            )

    @api.depends("plan_id")
    def _compute_incident_ids(self):
        for drill in self:
            drill.incident_ids = drill.plan_id.incident_ids

    @api.constrains("date")
    def _check_date(self):
        today = fields.Date.context_today(self)
        for drill in self:
            if (
                not today - relativedelta(years=10)
                <= drill.date
                <= today + relativedelta(years=2)
            ):
                raise ValidationError(
                    self.env._("The date of drill %s is not plausible.", drill.name)
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("affairs.emergency.drill")
                    or "/"
                )
        return super().create(vals_list)

    def action_load_steps(self):
        """Copy the steps of the plan at the simulated level, to time them."""
        self = self._affairs_in_user_lang()
        for drill in self:
            level = drill.plan_id.level_ids.filtered(
                lambda lvl, d=drill: lvl.level == d.level
            )
            if not level:
                raise UserError(
                    self.env._("The plan has no steps at the simulated level.")
                )
            drill.step_ids.unlink()
            drill.step_ids = [
                Command.create(
                    {
                        "sequence": step.sequence,
                        "name": step.name,
                        "role_id": step.role_id.id,
                        "planned_minutes": step.time_limit_minutes,
                    }
                )
                for step in level.step_ids
            ]
        return True

    def action_done(self):
        """Close the drill: it needs its participants and an evaluation."""
        self = self._affairs_in_user_lang()
        for drill in self:
            if drill.state != "planned":
                raise UserError(self.env._("Only a planned drill can be completed."))
            if not drill.participant_ids:
                raise UserError(
                    self.env._("Record the participants of %s first.", drill.name)
                )
            if not drill.evaluation:
                raise UserError(
                    self.env._("Evaluate %s before closing it.", drill.name)
                )
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        """Cancel a planned drill."""
        self = self._affairs_in_user_lang()
        if self.filtered(lambda drill: drill.state != "planned"):
            raise UserError(self.env._("Only a planned drill can be cancelled."))
        self.write({"state": "cancel"})
        return True

    def action_reset(self):
        """Back to planned (e.g. a cancelled drill rescheduled)."""
        self = self._affairs_in_user_lang()
        self.write({"state": "planned"})
        return True
