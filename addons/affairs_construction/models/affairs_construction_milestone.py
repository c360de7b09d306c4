# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_construction_project import MAX_DATE, MIN_DATE


class AffairsConstructionMilestone(models.Model):
    """A planned milestone of a project; reached late, it delays the project."""

    _name = "affairs.construction.milestone"
    _description = "Construction Milestone"
    _order = "project_id, planned_date, id"

    project_id = fields.Many2one(
        "affairs.construction.project", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    name = fields.Char(required=True)
    planned_date = fields.Date(required=True)
    actual_date = fields.Date()
    delay_days = fields.Integer(
        string="Delay (days)", compute="_compute_delay_days", store=True
    )
    is_late = fields.Boolean(compute="_compute_is_late")

    @api.depends("planned_date", "actual_date")
    def _compute_delay_days(self):
        for milestone in self:
            if milestone.actual_date and milestone.planned_date:
                milestone.delay_days = max(
                    (milestone.actual_date - milestone.planned_date).days, 0
                )
            else:
                milestone.delay_days = 0

    @api.constrains("planned_date", "actual_date")
    def _check_dates(self):
        for milestone in self:
            dates = (milestone.planned_date, milestone.actual_date)
            if any(day and not MIN_DATE <= day <= MAX_DATE for day in dates):
                raise ValidationError(
                    self.env._("Milestone dates must be between 1990 and 2100.")
                )

    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for milestone in self:
            milestone.is_late = bool(
                milestone.delay_days
                or (not milestone.actual_date and milestone.planned_date < today)
            )
