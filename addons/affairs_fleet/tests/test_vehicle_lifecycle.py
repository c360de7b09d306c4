# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from contextlib import contextmanager
from datetime import date, timedelta

from odoo.exceptions import ValidationError

from .common import AffairsFleetCommon


class TestVehicleTransferRenewal(AffairsFleetCommon):
    """调剂 moves a vehicle to another agency within its quota; 更新 registers
    the replacement in the place the disposed vehicle frees."""

    def _disposal(self, vehicle, **vals):
        return (
            self.env["affairs.vehicle.disposal"]
            .with_user(self.dispatcher)
            .create(
                dict(
                    {
                        "vehicle_id": vehicle.id,
                        "reason": "Reallocated",
                        "disposal_type": "scrap",
                    },
                    **vals,
                )
            )
        )

    def _approve(self, disposal):
        disposal.with_user(self.dispatcher).action_submit()
        disposal.with_user(self.manager).action_approve()
        return disposal

    @contextmanager
    def savepoint(self):
        """Roll the failed step back as the request would (database and cache)."""
        try:
            with self.env.cr.savepoint():
                yield
        finally:
            self.env.invalidate_all()

    def _quota(self, agency, category="other"):
        return self.env["affairs.vehicle.quota"].search(
            [("agency_id", "=", agency.id), ("category", "=", category)]
        )

    def test_transfer_to_agency_with_free_place(self):
        """The vehicle moves in service to agency B; the disposal stays A's."""
        disposal = self._approve(
            self._disposal(
                self.vehicle,
                disposal_type="transfer",
                receiving_agency_id=self.agency_b.id,
            )
        )
        disposal.with_user(self.dispatcher).action_done()
        self.assertEqual(disposal.state, "done")
        self.assertEqual(self.vehicle.affairs_agency_id, self.agency_b)
        self.assertEqual(self.vehicle.affairs_state, "registered")
        self.assertTrue(self.vehicle.active)
        self.assertEqual(disposal.agency_id, self.agency_a)
        self.assertEqual(self._quota(self.agency_a).actual_count, 1)
        self.assertEqual(self._quota(self.agency_b).actual_count, 2)

    def test_transfer_refused_when_receiving_quota_full(self):
        """Agency B's two places are taken: the transfer is refused in
        Chinese at submission, and again at completion if B filled up since."""
        self.env["res.lang"]._activate_lang("zh_CN")
        disposal = self._disposal(
            self.vehicle, disposal_type="transfer", receiving_agency_id=self.agency_b.id
        )
        disposal.with_user(self.dispatcher).action_submit()
        disposal.with_user(self.manager).action_approve()
        self.create_vehicle("京B00002", agency=self.agency_b)
        with self.assertRaisesRegex(ValidationError, "调剂被拒绝.*编制已满"):
            disposal.with_user(self.dispatcher).with_context(lang="zh_CN").action_done()
        self.assertEqual(self.vehicle.affairs_agency_id, self.agency_a)
        second = self._disposal(
            self.vehicle2,
            disposal_type="transfer",
            receiving_agency_id=self.agency_b.id,
        )
        with self.assertRaisesRegex(ValidationError, "Transfer refused"):
            second.with_user(self.dispatcher).action_submit()
        self.assertEqual(second.state, "draft")

    def test_transfer_needs_another_receiving_agency(self):
        with self.assertRaises(ValidationError):
            self._disposal(self.vehicle, disposal_type="transfer")
        with self.assertRaises(ValidationError):
            self._disposal(
                self.vehicle,
                disposal_type="transfer",
                receiving_agency_id=self.agency_a.id,
            )

    def test_renewal_registers_replacement_within_quota(self):
        """Agency A's quota is full: the new car cannot be registered on its
        own, but the renewal of a worn-out car registers it in its place."""
        self.create_vehicle("京A00003")
        self.assertEqual(self._quota(self.agency_a).free_count, 0)
        new_car = self.create_vehicle("京A00009", affairs_state="draft")
        with (
            self.assertRaisesRegex(ValidationError, "quota exceeded"),
            self.savepoint(),
        ):
            new_car.with_user(self.dispatcher).action_affairs_register()
        self.vehicle.odometer = 300000
        disposal = self._disposal(
            self.vehicle, is_renewal=True, replacement_vehicle_id=new_car.id
        )
        self._approve(disposal).with_user(self.dispatcher).action_done()
        self.assertEqual(self.vehicle.affairs_state, "disposed")
        self.assertEqual(new_car.affairs_state, "registered")
        self.assertEqual(self._quota(self.agency_a).actual_count, 3)

    def test_renewal_replacement_outside_quota_refused(self):
        """A replacement of a category the agency has no quota for is refused
        and the old car stays in service."""
        new_car = self.create_vehicle(
            "京A00010", affairs_state="draft", category="emergency"
        )
        self.vehicle.odometer = 300000
        disposal = self._approve(
            self._disposal(
                self.vehicle, is_renewal=True, replacement_vehicle_id=new_car.id
            )
        )
        with (
            self.assertRaisesRegex(ValidationError, "no vehicle quota"),
            self.savepoint(),
        ):
            disposal.with_user(self.dispatcher).action_done()
        self.assertEqual(self.vehicle.affairs_state, "registered")
        self.assertEqual(new_car.affairs_state, "draft")

    def test_replacement_only_on_renewal(self):
        new_car = self.create_vehicle("京A00011", affairs_state="draft")
        with self.assertRaises(ValidationError):
            self._disposal(self.vehicle, replacement_vehicle_id=new_car.id)


class TestVehicleExpiryReminders(AffairsFleetCommon):
    """Annual inspection (年检) and insurance policies raise activities."""

    def test_inspection_due_activity(self):
        today = date.today()
        self.vehicle.affairs_inspection_due = today + timedelta(days=10)
        self.vehicle2.affairs_inspection_due = today + timedelta(days=60)
        Vehicle = self.env["fleet.vehicle"]
        Vehicle._cron_affairs_inspection_due()
        Vehicle._cron_affairs_inspection_due()
        activities = self.env["mail.activity"].search(
            [("res_model", "=", "fleet.vehicle"), ("summary", "like", "inspection")]
        )
        self.assertEqual(activities.mapped("res_id"), [self.vehicle.id])
        self.assertEqual(activities.date_deadline, today + timedelta(days=10))
        # Inspection passed: the next due date is warned again in its time.
        self.vehicle.affairs_inspection_due = today + timedelta(days=5)
        Vehicle._cron_affairs_inspection_due()
        self.assertEqual(len(self.vehicle.activity_ids), 2)

    def test_insurance_policy_expiry(self):
        """Policies are fleet contracts of the insurance type: the vehicle
        shows the end of cover and fleet's scheduler raises the renewal."""
        today = date.today()
        Contract = self.env["fleet.vehicle.log.contract"].with_user(self.dispatcher)
        insurance = self.env.ref("affairs_fleet.service_type_insurance")
        soon, later = Contract.create(
            [
                {
                    "vehicle_id": vehicle.id,
                    "cost_subtype_id": insurance.id,
                    "insurer_id": self.vendor_other.id,
                    "start_date": today - timedelta(days=300),
                    "expiration_date": today + timedelta(days=days),
                    "user_id": self.dispatcher.id,
                }
                for vehicle, days in ((self.vehicle, 10), (self.vehicle2, 90))
            ]
        )
        self.assertEqual(
            self.vehicle.affairs_insurance_expiry, today + timedelta(days=10)
        )
        self.env["fleet.vehicle.log.contract"].scheduler_manage_contract_expiration()
        renew = self.env.ref("fleet.mail_act_fleet_contract_to_renew")
        self.assertIn(renew, soon.activity_ids.activity_type_id)
        self.assertEqual(soon.activity_ids.user_id, self.dispatcher)
        self.assertFalse(later.activity_ids)


class TestDispatchBoardTimeline(AffairsFleetCommon):
    def test_timeline_view(self):
        """The board offers a timeline of bookings per vehicle (web_timeline)."""
        action = self.env.ref("affairs_fleet.affairs_vehicle_request_action_board")
        self.assertIn("timeline", action.view_mode.split(","))
        arch = self.env["affairs.vehicle.request"].get_view(view_type="timeline")[
            "arch"
        ]
        self.assertIn('default_group_by="vehicle_id"', arch)
        self.assertIn('date_stop="date_end"', arch)

    def test_dispatch_reloads_the_form(self):
        """派车 answers with a reload so the chatter shows the dispatch."""
        request = self.approve(self.create_request())
        action = request.with_user(self.dispatcher).action_dispatch(
            self.vehicle, self.driver
        )
        self.assertEqual(action, {"type": "ir.actions.client", "tag": "soft_reload"})


class TestFleetSampleCars(AffairsFleetCommon):
    def test_cost_report_only_agency_vehicles(self):
        """A vehicle of no agency (fleet's own sample cars) is not costed."""
        stray = self.env["fleet.vehicle"].create(
            {"model_id": self.car_model.id, "license_plate": "SAMPLE-1"}
        )
        service_type = self.env.ref("affairs_fleet.service_type_toll")
        self.env["fleet.vehicle.log.services"].create(
            [
                {
                    "vehicle_id": vehicle.id,
                    "service_type_id": service_type.id,
                    "amount": 50,
                    "state": "done",
                }
                for vehicle in (stray, self.vehicle)
            ]
        )
        self.env.flush_all()
        vehicles = self.env["affairs.vehicle.cost.report"].search([]).vehicle_id
        self.assertIn(self.vehicle, vehicles)
        self.assertNotIn(stray, vehicles)

    def test_demo_helper_archives_fleet_samples(self):
        stray = self.env["fleet.vehicle"].create(
            {"model_id": self.car_model.id, "license_plate": "SAMPLE-2"}
        )
        self.env["ir.model.data"].create(
            {
                "module": "fleet",
                "name": "affairs_test_sample_car",
                "model": "fleet.vehicle",
                "res_id": stray.id,
            }
        )
        self.env["fleet.vehicle"]._affairs_demo_hide_fleet_samples()
        self.assertFalse(stray.active)
        self.assertTrue(self.vehicle.active)
