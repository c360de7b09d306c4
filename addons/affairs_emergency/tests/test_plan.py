# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo.exceptions import UserError, ValidationError

from .common import EmergencyCommon


class TestEmergencyPlan(EmergencyCommon):
    """Approval, versions, revision cycle, command gaps and resource shortages."""

    def test_submit_needs_levels_and_roles(self):
        """A plan without response levels cannot be sent for approval."""
        empty = (
            self.env["affairs.emergency.plan"]
            .with_user(self.duty_officer)
            .create({"name": "Empty plan", "date_effective": self.today})
        )
        with self.assertRaisesRegex(UserError, "no response level"):
            empty.action_submit()
        self.assertEqual(empty.state, "draft")

    def test_manager_approves_plan(self):
        """The office submits, a manager approves: the plan is in force."""
        self._approve(self.plan)
        self.assertEqual(self.plan.state, "approved")
        self.assertEqual(self.plan.approved_by_id, self.manager)

    def test_office_cannot_approve(self):
        """The emergency office is not an approver of plans."""
        self.plan.with_user(self.duty_officer).action_submit()
        with self.assertRaises(UserError):
            self.plan.with_user(self.duty_officer).action_approve()
        self.assertEqual(self.plan.state, "submitted")

    def test_new_version_supersedes_old(self):
        """Approving version 2 supersedes version 1, which becomes read-only."""
        self._approve(self.plan)
        action = self.plan.with_user(self.duty_officer).action_new_version()
        new = self.env["affairs.emergency.plan"].browse(action["res_id"])
        self.assertEqual(new.version, 2)
        self.assertEqual(len(new.level_ids), 2)
        self.assertEqual(len(new.role_ids), 3)
        # Steps act through the roles of the new version.
        self.assertEqual(new.step_ids.role_id.plan_id, new)
        new.with_user(self.duty_officer).write({"date_effective": self.today})
        self._approve(new)
        self.assertEqual(self.plan.state, "superseded")
        self.assertEqual(self.plan.superseded_by_id, new)
        with self.assertRaisesRegex(UserError, "superseded"):
            self.plan.with_user(self.duty_officer).write({"name": "Changed"})

    def test_review_due_flag_and_activity(self):
        """A plan whose revision date is within the notice period is flagged
        and its responsible gets a revision activity; reviewing clears it."""
        self.plan.write(
            {"date_effective": self._months_ago(36) + relativedelta(days=10)}
        )
        self._approve(self.plan)
        self.assertEqual(
            self.plan.date_next_review, self.today + relativedelta(days=10)
        )
        self.assertTrue(self.plan.is_review_due)
        fresh = self._approve(self._create_plan("Fresh plan"))
        self.assertFalse(fresh.is_review_due)
        Plan = self.env["affairs.emergency.plan"]
        due = Plan.search([("is_review_due", "=", True)])
        self.assertIn(self.plan, due)
        self.assertNotIn(fresh, due)
        not_due = Plan.search([("is_review_due", "=", False)])
        self.assertIn(fresh, not_due)
        self.assertNotIn(self.plan, not_due)
        Plan._cron_schedule_reviews()
        review_type = self.env.ref("affairs_emergency.mail_activity_type_plan_review")
        activity = self.plan.activity_ids.filtered(
            lambda act: act.activity_type_id == review_type
        )
        self.assertEqual(activity.user_id, self.duty_officer)
        self.plan.with_user(self.duty_officer).action_mark_reviewed()
        self.assertEqual(
            self.plan.date_next_review, self.today + relativedelta(months=36)
        )
        self.assertFalse(self.plan.is_review_due)
        self.assertFalse(
            self.plan.activity_ids.filtered(
                lambda act: act.activity_type_id == review_type
            )
        )

    def test_cycles_validated(self):
        """Implausible review cycles are refused."""
        with self.assertRaises(ValidationError):
            self.plan.write({"review_cycle_months": 0})
        with self.assertRaises(ValidationError):
            self.plan.write({"date_effective": self.today + relativedelta(years=20)})

    def test_command_role_gaps(self):
        """An empty role or a role held by an archived employee is a gap."""
        self.assertFalse(self.plan.has_role_gap)
        rescue = self.plan.role_ids.filtered(lambda role: role.name == "Rescue group")
        rescue.employee_id = False
        self.assertTrue(rescue.is_gap)
        self.assertEqual(self.plan.role_gap_count, 1)
        Plan = self.env["affairs.emergency.plan"]
        self.assertIn(self.plan, Plan.search([("has_role_gap", "=", True)]))
        rescue.employee_id = self.employee_b
        self.assertFalse(rescue.is_gap)
        self.employee_b.action_archive()
        self.assertTrue(rescue.is_gap)
        self.assertEqual(rescue.gap_reason, "Holder archived")

    def test_resource_shortage(self):
        """Fewer usable resources than the plan requires is a shortage;
        expired stock does not count."""
        self.assertFalse(self.plan.has_shortage)
        line = self.plan.resource_line_ids.filtered(
            lambda line: line.resource_id == self.extinguisher
        )
        line.quantity_required = 8
        self.assertTrue(line.is_shortage)
        self.assertTrue(self.plan.has_shortage)
        self.assertIn(
            self.plan,
            self.env["affairs.emergency.plan"].search([("has_shortage", "=", True)]),
        )
        line.quantity_required = 4
        self.assertFalse(self.plan.has_shortage)
        self.extinguisher.date_expiry = self.today - relativedelta(days=1)
        self.assertTrue(self.extinguisher.is_expired)
        self.assertTrue(self.plan.has_shortage)

    def test_resource_quantity_validated(self):
        """Negative stock is refused and nothing is stored."""
        with self.assertRaises(ValidationError):
            self.extinguisher.quantity = -1
        with self.assertRaises(ValidationError):
            self.plan.resource_line_ids[0].quantity_required = -3

    def test_resource_check_due(self):
        """A resource never checked or past its check interval is due."""
        self.assertTrue(self.extinguisher.is_check_due)
        self.extinguisher.action_mark_checked()
        self.assertFalse(self.extinguisher.is_check_due)
        self.assertEqual(
            self.extinguisher.date_next_check, self.today + relativedelta(days=90)
        )
