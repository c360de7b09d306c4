# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import UserError

from .common import AffairsFleetCommon


class TestFleetInternalControl(AffairsFleetCommon):
    """What was approved is what happens: trips lock as they advance."""

    def test_approved_trip_cannot_be_rewritten(self):
        request = self.approve(self.create_request())
        for vals in (
            {"date_end": request.date_end + timedelta(days=10)},
            {"destination": "Another province"},
            {"is_out_of_city": True},
        ):
            for user in (self.user_a, self.dispatcher):
                with self.assertRaisesRegex(UserError, "has been submitted"):
                    request.with_user(user).write(vals)
        self.assertFalse(request.is_out_of_city)

    def test_desk_fields_are_the_desks(self):
        with self.assertRaisesRegex(UserError, "Only the affairs desk"):
            self.create_request(vehicle_id=self.vehicle.id)
        request = self.dispatch(self.create_request())
        with self.assertRaisesRegex(UserError, "only the affairs desk"):
            request.with_user(self.user_a).write(
                {"vehicle_id": False, "driver_id": False}
            )
        self.assertEqual(request.vehicle_id, self.vehicle)
        for vals in (
            {"dispatcher_id": self.user_a.id},
            {"approved_by_id": self.manager.id},
            {"state": "cancel"},
            {"odometer_start": 0},
        ):
            with self.assertRaisesRegex(UserError, "only through its actions"):
                request.with_user(self.dispatcher).write(vals)

    def test_returned_trip_is_closed(self):
        request = self.dispatch(self.create_request())
        request.with_user(self.dispatcher).action_return(1085)
        with self.assertRaisesRegex(UserError, "closed"):
            request.with_user(self.dispatcher).write({"toll_amount": 1})

    def test_action_arguments_checked(self):
        request = self.approve(self.create_request())
        for bad in ("x", -1, 10**12, [], 1.5, True):
            with self.assertRaises(UserError):
                request.with_user(self.dispatcher).action_dispatch(bad, self.driver)
        request.with_user(self.dispatcher).action_dispatch(
            self.vehicle.id, self.driver.id
        )
        for bad in ("x", -5, 1e308, [], True):
            with self.assertRaises(UserError):
                request.with_user(self.dispatcher).action_return(bad)
        self.assertEqual(request.state, "dispatched")

    def test_cadre_files_only_for_own_agency(self):
        with self.assertRaises(UserError):  # record rules or the boundary check
            self.create_request(requester_id=self.employee_b.id)

    def test_standards_changes_leave_a_trail(self):
        """Who changed which rule, from what to what: on the book's chatter."""
        standard = self.env.ref("affairs_fleet.vehicle_standard_other_standard")
        book = standard.book_id
        standard.with_user(self.manager).write({"max_price": 170000})
        logged = book.message_ids.filtered(lambda m: "170000" in (m.body or ""))
        self.assertTrue(logged)
        self.assertIn(self.manager.name, logged[0].body)
        with self.assertRaises(UserError):
            standard.with_user(self.manager).write({"max_price": -1})
