# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from odoo.addons.affairs_base.tests.common import in_english

from .common import EmergencyCommon


@tagged("post_install", "-at_install")
class TestEmergencyTour(EmergencyCommon, HttpCase):
    """A cadre reports a lift entrapment; the duty officer activates the lift
    plan at level IV, ticks the steps off and closes the incident."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan.name = "Tour Lift plan"
        cls._approve(cls.plan)
        for user in (cls.user_b, cls.duty_officer):
            user.password = user.login

    def test_emergency_tour(self):
        self.start_tour(
            "/odoo/emergency-incidents",
            "affairs_emergency_report_tour",
            login=in_english(self.env, "cadre_b"),
        )
        incident = self.env["affairs.emergency.incident"].search(
            [("title", "=", "Tour: trapped in lift 2")]
        )
        self.assertEqual(incident.reported_by_id, self.user_b)
        self.assertEqual(incident.level, "4")
        self.assertEqual(incident.hazard, "lift")
        self.start_tour(
            f"/odoo/emergency-incidents/{incident.id}",
            "affairs_emergency_respond_tour",
            login=in_english(self.env, "duty_officer"),
        )
        self.assertEqual(incident.state, "closed")
        self.assertEqual(len(incident.line_ids), 3)
        self.assertTrue(all(incident.line_ids.mapped("is_done")))
        self.assertEqual(incident.line_ids.done_by_id, self.duty_officer)
