# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import Form

from .common import EmergencyCommon


class TestEmergencyForms(EmergencyCommon):
    """The main forms as the office fills them."""

    def test_plan_form(self):
        """A plan is drafted in its form with command roles and resources."""
        Plan = self.env["affairs.emergency.plan"].with_user(self.duty_officer)
        with Form(Plan) as form:
            form.name = "Power cut plan"
            form.hazard = "power"
            form.plan_type = "special"
            form.date_effective = self.today
            with form.role_ids.new() as role:
                role.role_type = "commander"
                role.name = "Commander"
                role.employee_id = self.employee_manager
            with form.role_ids.new() as role:
                role.role_type = "group"
                role.name = "Electricians"
            with form.resource_line_ids.new() as line:
                line.resource_id = self.extinguisher
                line.quantity_required = 10
        plan = form.record
        self.assertEqual(plan.state, "draft")
        self.assertEqual(plan.role_gap_count, 1)
        self.assertTrue(plan.has_shortage)
        self.assertEqual(plan.date_next_review.year, self.today.year + 3)

    def test_incident_form(self):
        """A cadre reports an incident; the hazard follows the chosen plan."""
        self._approve(self.plan)
        with Form(
            self.env["affairs.emergency.incident"].with_user(self.user_a)
        ) as form:
            form.title = "Trapped in lift"
            form.location = "Lift 1"
            form.plan_id = self.plan
            self.assertEqual(form.hazard, "lift")
            form.level = "4"
        self.assertEqual(form.record.reported_by_id, self.user_a)
