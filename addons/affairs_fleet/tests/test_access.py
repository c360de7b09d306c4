# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

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
                "fleet_price_cap", "Trying"
            )

    def test_agency_user_cannot_dispose(self):
        with self.assertRaises(AccessError):
            self.env["affairs.vehicle.disposal"].with_user(self.user_a).create(
                {"vehicle_id": self.vehicle.id, "reason": "x"}
            )

    def test_officer_opens_vehicle_form(self):
        """The dispatch desk opens and edits a vehicle through Odoo's form."""
        with Form(self.vehicle.with_user(self.dispatcher)) as form:
            form.affairs_gps_installed = True
            form.affairs_gps_terminal = "BD-9999"
        self.assertEqual(self.vehicle.affairs_gps_terminal, "BD-9999")

    def test_forms_per_role(self):
        request = self.dispatch(self.create_request())
        Form(request.with_user(self.user_a))
        Form(request.with_user(self.dispatcher))
        disposal = self.env["affairs.vehicle.disposal"].create(
            {"vehicle_id": self.vehicle.id, "reason": "x"}
        )
        Form(disposal.with_user(self.dispatcher))
        with Form(
            self.env["fleet.vehicle.log.services"].with_user(self.dispatcher)
        ) as form:
            form.vehicle_id = self.vehicle
            form.service_type_id = self.env.ref("affairs_fleet.service_type_toll")
            form.amount = 25
        self.assertEqual(form.record.affairs_cost_type, "toll")
        quota = self.env["affairs.vehicle.quota"].search([], limit=1)
        Form(quota.with_user(self.manager))

    def test_multi_company(self):
        """A request of another company is invisible to this company's users."""
        other = self.env["res.company"].create({"name": "Other Bureau"})
        request = self.create_request()
        # its agency and requester move with it (check_company)
        agency = self.env["hr.department"].create(
            {
                "name": "Other Agency",
                "is_affairs_agency": True,
                "affairs_level": "county",
                "company_id": other.id,
            }
        )
        requester = self.env["hr.employee"].create(
            {"name": "Other Cadre", "company_id": other.id}
        )
        request.write(
            {
                "company_id": other.id,
                "agency_id": agency.id,
                "requester_id": requester.id,
            }
        )
        self.assertFalse(
            self.env["affairs.vehicle.request"]
            .with_user(self.dispatcher)
            .search([("id", "=", request.id)])
        )

    def test_agency_user_cannot_dispatch(self):
        """Write access to one's own request does not open the desk's steps."""
        request = self.approve(self.create_request())
        with self.assertRaises(AccessError):
            request.with_user(self.user_a).action_dispatch(self.vehicle, self.driver)
        with self.assertRaisesRegex(UserError, "only through its actions"):
            request.with_user(self.user_a).write({"state": "returned"})
        with self.assertRaisesRegex(UserError, "starts as a draft"):
            self.create_request(state="dispatched")
        request.with_user(self.dispatcher).action_dispatch(self.vehicle, self.driver)
        request.with_user(self.user_a).action_cancel()
        self.assertEqual(request.state, "cancel")

    def test_agency_user_cannot_read_costs(self):
        with self.assertRaises(AccessError):
            self.env["affairs.vehicle.cost.report"].with_user(self.user_a).search([])
