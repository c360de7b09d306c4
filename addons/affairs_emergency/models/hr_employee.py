# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    affairs_emergency_drill_count = fields.Integer(
        string="Emergency Drills", compute="_compute_affairs_emergency_history"
    )
    affairs_emergency_training_count = fields.Integer(
        string="Emergency Training", compute="_compute_affairs_emergency_history"
    )

    def _compute_affairs_emergency_history(self):
        """How many drills and training sessions each person took part in."""
        counts = {}
        for model, field in (
            ("affairs.emergency.drill", "participant_ids"),
            ("affairs.emergency.training", "attendee_ids"),
        ):
            Model = self.env[model]
            if Model.has_access("read"):
                groups = Model._read_group(
                    [(field, "in", self.ids)], [field], ["__count"]
                )
                counts[model] = {employee.id: count for employee, count in groups}
        for employee in self:
            employee.affairs_emergency_drill_count = counts.get(
                "affairs.emergency.drill", {}
            ).get(employee.id, 0)
            employee.affairs_emergency_training_count = counts.get(
                "affairs.emergency.training", {}
            ).get(employee.id, 0)

    def action_affairs_emergency_drills(self):
        """The drills this person took part in (per-person history)."""
        return self._affairs_emergency_history_action(
            "affairs_emergency.affairs_emergency_drill_action", "participant_ids"
        )

    def action_affairs_emergency_training(self):
        """The training sessions this person attended (per-person history)."""
        return self._affairs_emergency_history_action(
            "affairs_emergency.affairs_emergency_training_action", "attendee_ids"
        )

    def _affairs_emergency_history_action(self, xmlid, field):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [(field, "in", self.ids)]
        action["context"] = {}
        action["display_name"] = f"{action['name']} · {self.name}"
        return action
