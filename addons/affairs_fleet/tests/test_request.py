# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form
from odoo.tools import mute_logger

from .common import AffairsFleetCommon


class TestVehicleRequest(AffairsFleetCommon):
    def test_full_flow(self):
        """Request → approve → dispatch → depart → return, distance and odometer."""
        self.vehicle.odometer = 1000
        request = self.create_request()
        self.assertEqual(request.agency_id, self.agency_a)
        self.assertEqual(request.requester_id, self.employee_a)
        request.with_user(self.user_a).action_submit()
        self.assertEqual(request.state, "submitted")
        request.with_user(self.dispatcher).action_approve()
        self.assertEqual(request.state, "approved")
        request.with_user(self.dispatcher).action_dispatch(self.vehicle, self.driver)
        self.assertRecordValues(
            request,
            [
                {
                    "state": "dispatched",
                    "odometer_start": 1000,
                    "dispatcher_id": self.dispatcher.id,
                }
            ],
        )
        request.with_user(self.dispatcher).action_depart()
        self.assertEqual(request.state, "in_use")
        request.with_user(self.dispatcher).action_return(1085)
        self.assertRecordValues(
            request, [{"state": "returned", "distance": 85, "odometer_end": 1085}]
        )
        self.assertEqual(self.vehicle.odometer, 1085)

    def test_return_wizard(self):
        request = self.dispatch(self.create_request())
        action = request.with_user(self.dispatcher).action_open_return_wizard()
        wizard = Form(self.env[action["res_model"]].with_context(action["context"]))
        wizard.odometer_end = 40
        wizard.fuel_litres = 5
        wizard.toll_amount = 20
        wizard.save().action_confirm()
        self.assertRecordValues(
            request, [{"state": "returned", "distance": 40, "toll_amount": 20}]
        )

    def test_form_request(self):
        """An agency cadre files a request through the form."""
        with Form(self.env["affairs.vehicle.request"].with_user(self.user_a)) as form:
            form.purpose = "Audit visit"
            form.destination = "District office"
            form.date_start = self.start
            form.date_end = self.start + timedelta(hours=2)
        self.assertEqual(form.record.agency_id, self.agency_a)
        self.assertTrue(form.record.name.startswith("YC/"))

    def test_requester_cannot_approve(self):
        """Separation of duties: an officer cannot approve the request they filed."""
        officer_employee = self.employee_officer
        officer_employee.department_id = self.agency_a
        request = self.create_request(
            user=self.dispatcher, requester_id=officer_employee.id
        )
        request.with_user(self.dispatcher).action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            request.with_user(self.dispatcher).action_approve()
        # Officer steps are reviewed by the officers explicitly in the group.
        request.with_user(self.dispatcher2).action_approve()
        self.assertEqual(request.state, "approved")
        self.assertEqual(request.approved_by_id, self.dispatcher2)

    def test_agency_user_cannot_approve(self):
        request = self.create_request()
        request.with_user(self.user_a).action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.user_b).action_approve()

    def test_long_trip_needs_manager(self):
        """Out-of-city trips go to the manager first; the dispatcher alone cannot approve."""
        request = self.create_request(is_out_of_city=True)
        self.assertTrue(request.is_long_trip)
        request.with_user(self.user_a).action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.dispatcher).action_approve()
        request.with_user(self.manager).action_approve()
        self.assertEqual(request.state, "submitted")
        request.with_user(self.dispatcher).action_approve()
        self.assertEqual(request.state, "approved")

    def test_long_trip_threshold(self):
        """8 hours is not long, 8 hours 1 minute is (lifecycle rule)."""
        short = self.create_request(hours=8)
        long_trip = self.create_request(hours=8 + 1 / 60)
        self.assertFalse(short.is_long_trip)
        self.assertTrue(long_trip.is_long_trip)

    def test_reject_and_cancel(self):
        request = self.create_request()
        request.with_user(self.user_a).action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.dispatcher).action_reject("")
        request.with_user(self.dispatcher).action_reject("No car that day")
        self.assertEqual(request.state, "rejected")
        self.assertEqual(request.reject_reason, "No car that day")
        request.with_user(self.user_a).action_draft()
        request.with_user(self.user_a).action_cancel()
        self.assertEqual(request.state, "cancel")

    def test_dispatch_needs_approval(self):
        request = self.create_request()
        with self.assertRaisesRegex(UserError, "not approved"):
            request.with_user(self.dispatcher).action_dispatch(
                self.vehicle, self.driver
            )

    def test_vehicle_overlap_refused(self):
        """The same car cannot be booked twice; back-to-back bookings are fine."""
        self.dispatch(self.create_request(hours=3))
        overlap = self.approve(
            self.create_request(start=self.start + timedelta(hours=2))
        )
        with self.assertRaisesRegex(ValidationError, "already booked"):
            overlap.with_user(self.dispatcher).action_dispatch(
                self.vehicle, self.driver2
            )
        after = self.approve(self.create_request(start=self.start + timedelta(hours=3)))
        after.with_user(self.dispatcher).action_dispatch(self.vehicle, self.driver2)
        self.assertEqual(after.state, "dispatched")

    def test_driver_overlap_refused(self):
        self.dispatch(self.create_request(hours=3))
        overlap = self.approve(
            self.create_request(start=self.start + timedelta(hours=1))
        )
        with self.assertRaisesRegex(ValidationError, "already booked"):
            overlap.with_user(self.dispatcher).action_dispatch(
                self.vehicle2, self.driver
            )

    def test_batch_overlap_refused(self):
        """Two overlapping requests dispatched in one batch with one car."""
        requests = self.create_request() | self.create_request(
            start=self.start + timedelta(hours=1)
        )
        self.approve(requests)
        requests.write({"vehicle_id": self.vehicle.id})
        requests[0].driver_id = self.driver
        requests[1].driver_id = self.driver2
        with self.assertRaisesRegex(ValidationError, "already booked"):
            requests.with_user(self.dispatcher).action_dispatch()

    def test_overlap_enforced_by_database(self):
        """Bypassing the Python check, PostgreSQL still refuses the double booking."""
        self.dispatch(self.create_request(hours=3))
        other = self.approve(self.create_request(start=self.start + timedelta(hours=1)))
        other.write({"vehicle_id": self.vehicle.id, "driver_id": self.driver2.id})
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            other.write({"state": "dispatched"})
            other.flush_recordset()

    def test_cancelled_booking_frees_vehicle(self):
        first = self.dispatch(self.create_request(hours=3))
        first.with_user(self.user_a).action_cancel()
        second = self.approve(
            self.create_request(start=self.start + timedelta(hours=1))
        )
        second.with_user(self.dispatcher).action_dispatch(self.vehicle, self.driver)
        self.assertEqual(second.state, "dispatched")

    def test_return_odometer_backwards_refused(self):
        self.vehicle.odometer = 500
        request = self.dispatch(self.create_request())
        with self.assertRaisesRegex(UserError, "cannot be lower"):
            request.with_user(self.dispatcher).action_return(499)
        request.with_user(self.dispatcher).action_return(500)
        self.assertEqual(request.distance, 0)

    def test_odometer_log_never_backwards(self):
        Odometer = self.env["fleet.vehicle.odometer"]
        Odometer.create({"vehicle_id": self.vehicle.id, "value": 800})
        Odometer.create({"vehicle_id": self.vehicle.id, "value": 800})
        with self.assertRaisesRegex(ValidationError, "cannot go back"):
            Odometer.create({"vehicle_id": self.vehicle.id, "value": 799})

    def test_dates_must_be_ordered(self):
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self.create_request(hours=-1)

    def test_disposed_vehicle_not_dispatched(self):
        request = self.approve(self.create_request())
        self.vehicle2.action_archive()
        with self.assertRaisesRegex(UserError, "not an official vehicle in service"):
            request.with_user(self.dispatcher).action_dispatch(
                self.vehicle2, self.driver
            )
