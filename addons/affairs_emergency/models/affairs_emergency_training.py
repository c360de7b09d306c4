# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsEmergencyTraining(models.Model):
    """A training session on a plan (应急培训) with its attendees."""

    _name = "affairs.emergency.training"
    _description = "Emergency Training Session"
    # hr.mixin: the office records attendees without HR rights.
    _inherit = ["hr.mixin", "mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Topic", required=True)
    plan_id = fields.Many2one(
        "affairs.emergency.plan", string="Plan", index=True, check_company=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    hours = fields.Float(string="Duration (hours)", default=2.0)
    trainer = fields.Char()
    location = fields.Char()
    content = fields.Text()
    attendee_ids = fields.Many2many(
        "hr.employee",
        "affairs_emergency_training_attendee_rel",
        "training_id",
        "employee_id",
        string="Attendees",
        check_company=True,
    )
    attendee_count = fields.Integer(compute="_compute_attendee_count")

    @api.depends("attendee_ids")
    def _compute_attendee_count(self):
        for training in self:
            training.attendee_count = len(training.attendee_ids)

    @api.constrains("hours")
    def _check_hours(self):
        for training in self:
            if not 0 < training.hours <= 80:
                raise ValidationError(
                    self.env._(
                        "A training session lasts more than 0 and at most 80 hours."
                    )
                )
