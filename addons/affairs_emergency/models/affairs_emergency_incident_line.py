# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import UserError


class AffairsEmergencyIncidentLine(models.Model):
    """A step of the live checklist of an activated plan."""

    _name = "affairs.emergency.incident.line"
    _description = "Emergency Incident Checklist Line"
    _order = "incident_id, sequence, id"

    incident_id = fields.Many2one(
        "affairs.emergency.incident", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="incident_id.company_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Action", required=True)
    role_id = fields.Many2one("affairs.emergency.role", string="Acting Role")
    acting_employee_id = fields.Many2one("hr.employee", string="Acting Person")
    time_limit_minutes = fields.Integer(string="Time Limit (min)")
    is_done = fields.Boolean(string="Done", readonly=True)
    date_done = fields.Datetime(string="Done At", readonly=True)
    done_by_id = fields.Many2one("res.users", string="Ticked By", readonly=True)
    note = fields.Char()

    def action_mark_done(self):
        """Tick the step off: time and person go into the incident's timeline."""
        self = self._affairs_in_user_lang()
        self.incident_id._check_office()
        for line in self:
            if line.incident_id.state != "active":
                raise UserError(self.env._("The response is not active."))
            if line.is_done:
                continue
            line.write(
                {
                    "is_done": True,
                    "date_done": fields.Datetime.now(),
                    "done_by_id": self.env.uid,
                }
            )
            line.incident_id.message_post(
                body=self.env._(
                    "Step done: %(step)s (%(person)s).",
                    step=line.name,
                    person=line.acting_employee_id.name or self.env.user.name,
                )
            )
        return True
