# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain


class AffairsEmergencyCorrectiveAction(models.Model):
    """A problem found in a drill or incident and the action that fixes it."""

    _name = "affairs.emergency.corrective.action"
    _description = "Emergency Corrective Action"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "state desc, deadline, id"
    _check_company_auto = True

    drill_id = fields.Many2one(
        "affairs.emergency.drill", ondelete="cascade", index=True, check_company=True
    )
    incident_id = fields.Many2one(
        "affairs.emergency.incident", ondelete="cascade", index=True, check_company=True
    )
    plan_id = fields.Many2one(
        "affairs.emergency.plan", compute="_compute_plan_id", store=True, index=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    problem = fields.Text(string="Problem Found", required=True)
    name = fields.Char(string="Corrective Action", required=True, tracking=True)
    owner_id = fields.Many2one(
        "hr.employee", string="Owner", required=True, check_company=True, tracking=True
    )
    deadline = fields.Date(required=True, tracking=True)
    state = fields.Selection(
        [("open", "Open"), ("done", "Closed")],
        default="open",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    date_done = fields.Date(string="Closed On", readonly=True)
    result = fields.Text(string="Result")
    is_overdue = fields.Boolean(
        compute="_compute_is_overdue", search="_search_is_overdue"
    )

    @api.depends("drill_id.plan_id", "incident_id.plan_id")
    def _compute_plan_id(self):
        for action in self:
            action.plan_id = action.drill_id.plan_id or action.incident_id.plan_id

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for action in self:
            action.is_overdue = action.state == "open" and action.deadline < today

    def _search_is_overdue(self, operator, value):
        if operator != "in":
            return NotImplemented
        overdue = Domain("state", "=", "open") & Domain(
            "deadline", "<", fields.Date.context_today(self)
        )
        return overdue if True in value else ~overdue

    @api.model_create_multi
    def create(self, vals_list):
        actions = super().create(vals_list)
        for action in actions.filtered("owner_id.user_id"):
            action.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=action.deadline,
                user_id=action.owner_id.user_id.id,
                summary=action.name,
            )
        return actions

    def action_close(self):
        """Close the action once it is done; it needs the result."""
        self = self._affairs_in_user_lang()
        for action in self:
            if not (action.result or "").strip():
                raise UserError(
                    self.env._(
                        "Describe the result of %s before closing it.", action.name
                    )
                )
        self.write({"state": "done", "date_done": fields.Date.context_today(self)})
        self.activity_feedback(["mail.mail_activity_data_todo"])
        return True

    def action_reopen(self):
        """Reopen a closed action."""
        self = self._affairs_in_user_lang()
        self.write({"state": "open", "date_done": False})
        return True
