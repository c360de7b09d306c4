# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError

from .common import AffairsFleetCommon


class TestAccess(AffairsFleetCommon):
    def test_agency_user_sees_own_requests(self):
        mine = self.create_request()
        other = self.create_request(user=self.user_b)
        Request = self.env["affairs.vehicle.request"]
        self.assertEqual(Request.with_user(self.user_a).search([]), mine)
        self.assertEqual(Request.with_user(self.user_b).search([]), other)
        with self.assertRaises(AccessError):
            other.with_user(self.user_a).read(["purpose"])
        self.assertEqual(Request.with_user(self.dispatcher).search([]), mine | other)

    def test_agency_user_cannot_file_for_other_agency(self):
        with self.assertRaises(AccessError):
            self.env["affairs.vehicle.request"].with_user(self.user_a).create(
                {
                    "requester_id": self.employee_b.id,
                    "purpose": "Not mine",
                    "destination": "X",
                    "date_start": self.start,
                    "date_end": self.start.replace(hour=23),
                }
            )

    def test_agency_user_vehicles_and_quotas(self):
        Vehicle = self.env["fleet.vehicle"].with_user(self.user_a)
        self.assertEqual(Vehicle.search([]), self.vehicle | self.vehicle2)
        with self.assertRaises(AccessError):
            self.vehicle.with_user(self.user_a).write({"affairs_purchase_price": 1})
        quotas = self.env["affairs.vehicle.quota"].with_user(self.user_a).search([])
        self.assertEqual(quotas.agency_id, self.agency_a)
        with self.assertRaises(AccessError):
            quotas.with_user(self.user_a).write({"quota": 10})

    def test_officer_cannot_change_standards(self):
        standard = self.env.ref("affairs_fleet.vehicle_standard_other_standard")
        with self.assertRaises(AccessError):
            standard.with_user(self.dispatcher).write({"max_price": 1})
        standard.with_user(self.manager).write({"max_price": 170000})

    def test_only_manager_grants_exception(self):
        with self.assertRaises(AccessError):
            self.vehicle.with_user(self.dispatcher).action_affairs_grant_exception(
                "fleet_price_cap", "Price cap", "Trying"
            )

    def test_agency_user_cannot_dispose(self):
        with self.assertRaises(AccessError):
            self.env["affairs.vehicle.disposal"].with_user(self.user_a).create(
                {"vehicle_id": self.vehicle.id, "reason": "x"}
            )
