# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsEmergencyPlanStep(models.Model):
    """One action of a response level, done by a command role."""

    _name = "affairs.emergency.plan.step"
    _description = "Emergency Response Step"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "plan_id"
    _order = "level_id, sequence, id"

    level_id = fields.Many2one(
        "affairs.emergency.plan.level", required=True, ondelete="cascade", index=True
    )
    plan_id = fields.Many2one(related="level_id.plan_id", store=True, index=True)
    company_id = fields.Many2one(related="level_id.company_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Action", required=True)
    role_id = fields.Many2one(
        "affairs.emergency.role",
        string="Acting Role",
        domain="[('plan_id', '=', plan_id)]",
    )
    time_limit_minutes = fields.Integer(string="Time Limit (min)")

    @api.constrains("time_limit_minutes")
    def _check_time_limit(self):
        for step in self:
            if not 0 <= step.time_limit_minutes <= 10080:
                raise ValidationError(
                    self.env._(
                        "The time limit of a step is between 0 and 10080 minutes."
                    )
                )

    @api.constrains("role_id", "level_id")
    def _check_role_plan(self):
        for step in self:
            if step.role_id and step.role_id.plan_id != step.level_id.plan_id:
                raise ValidationError(
                    self.env._("The acting role of a step belongs to the same plan.")
                )
