# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import FacilityCommon


@tagged("at_install", "-post_install")
class TestAccess(FacilityCommon):
    """Agency users report and answer; technicians and dispatch process;
    officers score; managers configure."""

    def test_agency_user_sees_own_agency_equipment_only(self):
        Equipment = self.env["maintenance.equipment"].with_user(self.user_a)
        visible = Equipment.search(
            [("id", "in", (self.ac_a | self.ac_b | self.lift).ids)]
        )
        # own agency's AC and the shared lift, not agency B's AC
        self.assertEqual(visible, self.ac_a | self.lift)
        with self.assertRaises(AccessError):
            self.ac_a.with_user(self.user_a).name = "Renamed"

    def test_agency_user_reports_but_does_not_score(self):
        request = self._request(title="AC broken", affairs_equipment_id=self.ac_a.id)
        self.assertEqual(request.affairs_equipment_id, self.ac_a)
        for model in (
            "affairs.service.contract",
            "affairs.service.inspection",
            "affairs.service.scheme",
            "affairs.maintenance.plan",
        ):
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(self.user_a).search([])
        with self.assertRaises(AccessError):
            self._inspection(user=self.user_a)

    def test_technician_processes_but_does_not_configure(self):
        reading = (
            self.env["affairs.equipment.reading"]
            .with_user(self.technician)
            .create({"equipment_id": self.ac_a.id, "value": 10})
        )
        self.assertTrue(reading)
        self.assertTrue(
            self.env["maintenance.equipment"]
            .with_user(self.technician)
            .search_count([])
        )
        with self.assertRaises(AccessError):
            self.env["affairs.maintenance.kind"].with_user(self.technician).create(
                {"name": "Mine"}
            )
        with self.assertRaises(AccessError):
            self.env["affairs.service.contract"].with_user(self.technician).search([])

    def test_dispatch_plans_and_assigns(self):
        kind = self.env["affairs.maintenance.kind"].create({"name": "Check"})
        plan = (
            self.env["affairs.maintenance.plan"]
            .with_user(self.dispatcher)
            .create(
                {
                    "name": "P",
                    "equipment_id": self.ac_a.id,
                    "kind_id": kind.id,
                    "start_date": date.today(),
                }
            )
        )
        self.assertEqual(len(plan._affairs_generate()), 1)
        with self.assertRaises(AccessError):
            plan.with_user(self.dispatcher).unlink()

    def test_officer_scores_manager_configures(self):
        self.assertTrue(self._inspection(user=self.officer))
        with self.assertRaises(AccessError):
            self.scheme.with_user(self.officer).survey_weight = 50
        with self.assertRaises(AccessError):
            self.contract.with_user(self.officer).monthly_fee = 1
        self.scheme.with_user(self.manager).survey_weight = 30
        self.contract.with_user(self.manager).monthly_fee = 12000
        self.assertEqual(self.contract.monthly_fee, 12000)
