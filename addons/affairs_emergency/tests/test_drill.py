# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import Command
from odoo.exceptions import UserError

from .common import EmergencyCommon


class TestEmergencyDrill(EmergencyCommon):
    """Drill frequency, observed steps, evaluation and corrective actions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.plan)

    def _drill(self, date, **values):
        vals = {
            "plan_id": self.plan.id,
            "date": date,
            "scenario": "A visitor is trapped in lift 2 between floors 3 and 4.",
            "level": "4",
            "participant_ids": [
                Command.set([self.employee_a.id, self.employee_duty.id])
            ],
        }
        vals.update(values)
        return (
            self.env["affairs.emergency.drill"]
            .with_user(self.duty_officer)
            .create(vals)
        )

    def test_drill_overdue_flag(self):
        """A plan in force without a drill within its frequency is overdue."""
        Plan = self.env["affairs.emergency.plan"]
        self.assertTrue(self.plan.is_drill_overdue)
        old = self._drill(self._months_ago(13), evaluation="good")
        old.action_done()
        self.plan.invalidate_recordset(["is_drill_overdue", "date_last_drill"])
        self.assertTrue(self.plan.is_drill_overdue)
        self.assertIn(self.plan, Plan.search([("is_drill_overdue", "=", True)]))
        recent = self._drill(self._months_ago(2), evaluation="pass")
        self.plan.invalidate_recordset(["is_drill_overdue", "date_last_drill"])
        self.assertTrue(self.plan.is_drill_overdue, "a planned drill does not count")
        recent.action_done()
        self.plan.invalidate_recordset(["is_drill_overdue", "date_last_drill"])
        self.assertFalse(self.plan.is_drill_overdue)
        self.assertEqual(self.plan.date_last_drill, self._months_ago(2))
        self.assertNotIn(self.plan, Plan.search([("is_drill_overdue", "=", True)]))

    def test_drill_steps_and_evaluation(self):
        """The plan's steps are loaded for timing; closing needs an evaluation."""
        drill = self._drill(self.today)
        drill.action_load_steps()
        self.assertEqual(len(drill.step_ids), 3)
        drill.step_ids[0].observed_minutes = 8
        self.assertTrue(drill.step_ids[0].is_late)
        with self.assertRaisesRegex(UserError, "Evaluate"):
            drill.action_done()
        drill.evaluation = "good"
        drill.action_done()
        self.assertEqual(drill.state, "done")

    def test_corrective_action_tracked_to_closure(self):
        """A problem found becomes an action for its owner until closed."""
        drill = self._drill(self.today, evaluation="pass")
        action = self.env["affairs.emergency.corrective.action"].create(
            {
                "drill_id": drill.id,
                "problem": "Intercom of lift 2 silent",
                "name": "Repair the intercom",
                "owner_id": self.employee_a.id,
                "deadline": self.today - relativedelta(days=1),
            }
        )
        self.assertEqual(action.plan_id, self.plan)
        self.assertTrue(action.is_overdue)
        self.assertEqual(action.activity_ids.user_id, self.user_a)
        self.assertEqual(drill.open_action_count, 1)
        with self.assertRaisesRegex(UserError, "result"):
            action.action_close()
        action.result = "Intercom replaced"
        action.action_close()
        self.assertEqual(action.state, "done")
        self.assertFalse(action.is_overdue)
        self.assertFalse(action.activity_ids)
        self.assertEqual(drill.open_action_count, 0)

    def test_training_attendees(self):
        """A training session records its attendees."""
        training = self.env["affairs.emergency.training"].create(
            {
                "name": "Lift rescue basics",
                "plan_id": self.plan.id,
                "attendee_ids": [Command.set([self.employee_a.id, self.employee_b.id])],
            }
        )
        self.assertEqual(training.attendee_count, 2)

    def test_per_person_history(self):
        """Each person's drills and training sessions are one click away."""
        drill = self._drill(self._months_ago(2), evaluation="good")
        self.env["affairs.emergency.training"].with_user(self.duty_officer).create(
            {
                "name": "Lift rescue training",
                "date": self._months_ago(1),
                "attendee_ids": [Command.set([self.employee_a.id])],
            }
        )
        employee = self.employee_a.with_user(self.duty_officer)
        self.assertEqual(employee.affairs_emergency_drill_count, 1)
        self.assertEqual(employee.affairs_emergency_training_count, 1)
        self.assertEqual(self.employee_duty.affairs_emergency_training_count, 0)
        action = employee.action_affairs_emergency_drills()
        self.assertEqual(
            self.env["affairs.emergency.drill"].search(action["domain"]), drill
        )


class TestEmergencyDrillSchedule(EmergencyCommon):
    """The cron plans each plan's next drill from its frequency."""

    def test_cron_schedules_next_drill_with_activity(self):
        self._approve(self.plan)
        Drill = self.env["affairs.emergency.drill"]
        held = Drill.create(
            {
                "plan_id": self.plan.id,
                "date": self._months_ago(3),
                "scenario": "Lift 1 stopped.",
                "participant_ids": [Command.set([self.employee_a.id])],
                "evaluation": "good",
            }
        )
        held.action_done()
        draft = self._create_plan("Draft fire plan", hazard="fire")
        self.env["affairs.emergency.plan"]._cron_schedule_drills()
        planned = Drill.search(
            [("plan_id", "=", self.plan.id), ("state", "=", "planned")]
        )
        self.assertEqual(len(planned), 1)
        self.assertEqual(
            planned.date,
            held.date + relativedelta(months=self.plan.drill_frequency_months),
        )
        activity = planned.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.plan.user_id)
        self.assertEqual(activity.date_deadline, planned.date)
        self.assertFalse(draft.drill_ids, "a plan not in force gets no drill")
        self.env["affairs.emergency.plan"]._cron_schedule_drills()
        self.assertEqual(
            Drill.search_count(
                [("plan_id", "=", self.plan.id), ("state", "=", "planned")]
            ),
            1,
            "a plan with a planned drill gets no second one",
        )

    def test_cron_schedules_overdue_plan_today(self):
        self._approve(self.plan)
        self.env["affairs.emergency.plan"]._cron_schedule_drills()
        planned = self.plan.drill_ids.filtered(lambda drill: drill.state == "planned")
        self.assertEqual(planned.date, self.today, "never drilled: as soon as possible")
