# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError

from .common import EmergencyCommon


class TestEmergencyIncident(EmergencyCommon):
    """Reporting, activation into a live checklist, role notification, closure."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.plan)
        cls.incident = (
            cls.env["affairs.emergency.incident"]
            .with_user(cls.user_b)
            .create(
                {
                    "title": "Person trapped in lift 2",
                    "location": "Building A, lift 2",
                    "hazard": "lift",
                    "plan_id": cls.plan.id,
                    "level": "4",
                }
            )
        )

    def test_cadre_reports(self):
        """Any cadre reports an incident; the trigger of the level is shown."""
        self.assertEqual(self.incident.state, "reported")
        self.assertEqual(self.incident.reported_by_id, self.user_b)
        self.assertTrue(self.incident.name.startswith("SJ"))
        self.assertIn("no injury", self.incident.level_trigger)

    def test_activation_builds_checklist_and_notifies_roles(self):
        """Activating turns the level's steps into checklist lines with their
        acting persons and alerts every command role."""
        self.incident.with_user(self.duty_officer).action_activate()
        self.assertEqual(self.incident.state, "active")
        self.assertRecordValues(
            self.incident.line_ids,
            [
                {
                    "name": "Calm the trapped persons",
                    "acting_employee_id": self.employee_duty.id,
                    "is_done": False,
                },
                {
                    "name": "Call the lift maintenance company",
                    "acting_employee_id": self.employee_a.id,
                    "is_done": False,
                },
                {
                    "name": "Free the persons and report",
                    "acting_employee_id": self.employee_a.id,
                    "is_done": False,
                },
            ],
        )
        response = self.env.ref(
            "affairs_emergency.mail_activity_type_incident_response"
        )
        activities = self.incident.activity_ids.filtered(
            lambda act: act.activity_type_id == response
        )
        self.assertEqual(
            activities.user_id, self.manager | self.duty_officer | self.user_a
        )
        message = self.incident.message_ids.filtered(
            lambda msg: "activated" in (msg.body or "")
        )
        self.assertEqual(
            set(message.partner_ids.ids),
            set((self.manager | self.duty_officer | self.user_a).partner_id.ids),
        )
        # The role holder (a cadre) sees the incident they must respond to.
        self.assertTrue(self.incident.with_user(self.user_a).title)

    def test_deputy_alerted_when_holder_archived(self):
        """A role whose holder left alerts its deputy instead."""
        self.employee_a.action_archive()
        self.incident.with_user(self.duty_officer).action_activate()
        self.assertEqual(
            self.incident.line_ids[1].acting_employee_id, self.employee_officer
        )
        self.assertIn(self.officer, self.incident.activity_ids.user_id)

    def test_steps_ticked_into_timeline(self):
        """Ticking a step records the time and the person in the chatter."""
        self.incident.with_user(self.duty_officer).action_activate()
        line = self.incident.line_ids[0]
        line.with_user(self.duty_officer).action_mark_done()
        self.assertTrue(line.is_done)
        self.assertTrue(line.date_done)
        self.assertEqual(line.done_by_id, self.duty_officer)
        self.assertAlmostEqual(self.incident.progress, 100.0 / 3, places=2)
        self.assertTrue(
            self.incident.message_ids.filtered(
                lambda msg: "Calm the trapped persons" in (msg.body or "")
            )
        )

    def test_only_office_activates(self):
        """A cadre cannot activate the plan."""
        with self.assertRaises(AccessError):
            self.incident.with_user(self.user_b).action_activate()
        self.assertEqual(self.incident.state, "reported")

    def test_activation_needs_plan_in_force(self):
        """A draft plan cannot be activated."""
        draft = self._create_plan("Draft plan")
        self.incident.plan_id = draft
        with self.assertRaisesRegex(UserError, "in force"):
            self.incident.with_user(self.duty_officer).action_activate()

    def test_close_requires_report(self):
        """Closing needs causes, losses and lessons."""
        incident = self.incident.with_user(self.duty_officer)
        incident.action_activate()
        incident.cause = "Door sensor failure"
        with self.assertRaisesRegex(UserError, "closure report"):
            incident.action_close()
        self.assertEqual(incident.state, "active")
        incident.write({"losses": "None", "lessons": "Check sensors monthly"})
        incident.action_close()
        self.assertEqual(incident.state, "closed")
        self.assertTrue(incident.date_closed)
        self.assertFalse(incident.activity_ids)

    def test_drills_of_the_plan_linked(self):
        """The incident shows the drills of its plan for comparison."""
        drill = self.env["affairs.emergency.drill"].create(
            {
                "plan_id": self.plan.id,
                "scenario": "Lift stuck",
                "participant_ids": [(4, self.employee_a.id)],
                "evaluation": "good",
            }
        )
        drill.action_done()
        self.assertEqual(self.incident.drill_ids, drill)
        self.assertEqual(drill.incident_ids, self.incident)

    def test_from_service_desk(self):
        """A service request opens a prefilled incident report."""
        request = self._request(title="Lift stuck", location="Lift 3")
        action = request.with_user(self.user_a).action_affairs_report_emergency()
        incident = (
            self.env["affairs.emergency.incident"]
            .with_user(self.user_a)
            .with_context(**action["context"])
            .create({})
        )
        self.assertEqual(incident.service_request_id, request)
        self.assertEqual(incident.location, "Lift 3")
