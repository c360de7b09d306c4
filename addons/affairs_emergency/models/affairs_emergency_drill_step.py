# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsEmergencyDrillStep(models.Model):
    """A step of a drill with its planned and observed time."""

    _name = "affairs.emergency.drill.step"
    _description = "Emergency Drill Observed Step"
    _order = "drill_id, sequence, id"

    drill_id = fields.Many2one(
        "affairs.emergency.drill", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="drill_id.company_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Action", required=True)
    role_id = fields.Many2one("affairs.emergency.role", string="Acting Role")
    planned_minutes = fields.Integer(string="Time Limit (min)")
    observed_minutes = fields.Integer(string="Observed (min)")
    is_late = fields.Boolean(string="Late", compute="_compute_is_late")
    note = fields.Char()

    @api.depends("planned_minutes", "observed_minutes")
    def _compute_is_late(self):
        for step in self:
            step.is_late = bool(
                step.planned_minutes and step.observed_minutes > step.planned_minutes
            )

    @api.constrains("planned_minutes", "observed_minutes")
    def _check_minutes(self):
        for step in self:
            for minutes in (step.planned_minutes, step.observed_minutes):
                if not 0 <= minutes <= 10080:
                    raise ValidationError(
                        self.env._("Step times are between 0 and 10080 minutes.")
                    )
