# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError

from .common import EmergencyCommon


class TestEmergencyAccess(EmergencyCommon):
    """Who sees and does what."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.secret = cls._create_plan("Counter-terrorism plan", is_confidential=True)
        cls.env.flush_all()

    def _visible(self, user, plan):
        return bool(
            self.env["affairs.emergency.plan"]
            .with_user(user)
            .search([("id", "=", plan.id)])
        )

    def test_confidential_plan_hidden(self):
        """A confidential plan is seen by its command roles and managers only."""
        self.assertTrue(self._visible(self.user_a, self.secret), "rescue group holder")
        self.assertTrue(self._visible(self.officer, self.secret), "deputy")
        self.assertTrue(self._visible(self.manager_2, self.secret), "manager")
        self.assertFalse(self._visible(self.user_b, self.secret))
        other_office = self.env["res.users"].create(
            {
                "name": "Other Office",
                "login": "other_office",
                "group_ids": [
                    (4, self.env.ref("affairs_emergency.group_emergency_office").id)
                ],
            }
        )
        self.assertFalse(self._visible(other_office, self.secret))
        with self.assertRaises(AccessError):
            self.secret.with_user(self.user_b).read(["name"])
        levels = (
            self.env["affairs.emergency.plan.level"]
            .with_user(self.user_b)
            .search([("plan_id", "=", self.secret.id)])
        )
        self.assertFalse(levels)
        # An ordinary plan is seen by everyone.
        self.assertTrue(self._visible(self.user_b, self.plan))

    def test_cadre_reads_only_plans(self):
        """Cadres read plans but cannot create or change them."""
        with self.assertRaises(AccessError):
            self.env["affairs.emergency.plan"].with_user(self.user_b).create(
                {"name": "X"}
            )
        with self.assertRaises(AccessError):
            self.plan.with_user(self.user_b).write({"name": "X"})
        with self.assertRaises(AccessError):
            self.env["affairs.emergency.drill"].with_user(self.user_b).create(
                {"plan_id": self.plan.id, "scenario": "X"}
            )

    def test_incident_visibility(self):
        """A cadre sees the incidents they reported, the office sees all."""
        Incident = self.env["affairs.emergency.incident"]
        mine = Incident.with_user(self.user_b).create(
            {"title": "Smoke", "location": "B3"}
        )
        other = Incident.with_user(self.manager).create(
            {"title": "Leak", "location": "B1"}
        )
        self.assertEqual(Incident.with_user(self.user_b).search([]), mine)
        found = Incident.with_user(self.duty_officer).search([])
        self.assertIn(mine, found)
        self.assertIn(other, found)

    def test_incidents_of_confidential_plans_hidden_from_the_office(self):
        """The office sees every incident but those of confidential plans,
        unless it holds one of their command roles; managers see them all."""
        Incident = self.env["affairs.emergency.incident"]
        self._approve(self.secret)
        secret, ordinary = Incident.with_user(self.manager).create(
            [
                {
                    "title": "Threat",
                    "location": "Gate",
                    "plan_id": self.secret.id,
                    "level": "4",
                },
                {"title": "Lift stuck", "location": "B2", "plan_id": self.plan.id},
            ]
        )
        secret.with_user(self.manager).action_activate()
        other_office = self.env["res.users"].create(
            {
                "name": "Other Office",
                "login": "other_office_incidents",
                "group_ids": [
                    (4, self.env.ref("affairs_emergency.group_emergency_office").id)
                ],
            }
        )
        found = Incident.with_user(other_office).search([])
        self.assertIn(ordinary, found)
        self.assertNotIn(secret, found)
        with self.assertRaises(AccessError):
            secret.with_user(other_office).read(["title"])
        lines = (
            self.env["affairs.emergency.incident.line"]
            .with_user(other_office)
            .search([("incident_id", "=", secret.id)])
        )
        self.assertFalse(lines, "nor its checklist")
        self.assertTrue(
            secret.line_ids, "the activated plan gave the incident its checklist"
        )
        self.assertIn(
            secret,
            Incident.with_user(self.duty_officer).search([]),
            "office role holder",
        )
        self.assertIn(secret, Incident.with_user(self.manager_2).search([]), "manager")

    def test_reporter_cannot_move_incident(self):
        """A reporter completes the report but cannot close or change it later."""
        incident = (
            self.env["affairs.emergency.incident"]
            .with_user(self.user_b)
            .create({"title": "Smoke", "location": "B3"})
        )
        incident.description = "Smoke from the kitchen"
        with self.assertRaises(AccessError):
            incident.write({"state": "closed"})
        with self.assertRaises(AccessError):
            incident.write({"cause": "Nothing"})
        incident.with_user(self.duty_officer).action_cancel()
        with self.assertRaises(AccessError):
            incident.write({"description": "Changed"})
        self.assertEqual(incident.description, "Smoke from the kitchen")

    def test_office_cannot_unlink_plan(self):
        """Only managers delete plans."""
        with self.assertRaises(AccessError):
            self.plan.with_user(self.duty_officer).unlink()

    def test_views_load_per_group(self):
        """Every view of the addon loads for a cadre and for the office."""
        views = {
            "affairs.emergency.plan": ("list", "form", "search"),
            "affairs.emergency.resource": ("list", "form", "search"),
            "affairs.emergency.drill": ("list", "form", "calendar", "search"),
            "affairs.emergency.corrective.action": ("list", "form", "search"),
            "affairs.emergency.training": ("list", "form", "search"),
            "affairs.emergency.incident": ("list", "form", "pivot", "graph", "search"),
        }
        for user in (self.user_b, self.duty_officer):
            for model, types in views.items():
                result = (
                    self.env[model]
                    .with_user(user)
                    .get_views([(False, view_type) for view_type in types])
                )
                self.assertEqual(set(result["views"]), set(types))

    def test_cadre_opens_plan_and_incident_forms(self):
        """A cadre reads a plan with its command roles and their own incident."""
        plan = self.plan.with_user(self.user_b)
        data = plan.web_read(
            {
                "name": {},
                "role_ids": {
                    "fields": {
                        "employee_id": {"fields": {"display_name": {}}},
                        "deputy_ids": {"fields": {"display_name": {}}},
                    }
                },
                "level_ids": {"fields": {"trigger": {}}},
            }
        )
        self.assertEqual(len(data[0]["role_ids"]), 3)
