# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import UserError, ValidationError

from .common import AffairsFleetCommon
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


class TestDesignatedServices(AffairsFleetCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ensure_chart_of_accounts(cls.env)

    def _service(self, vendor, xmlid="affairs_fleet.service_type_fuel", **vals):
        return self.env["fleet.vehicle.log.services"].create(
            dict(
                {
                    "vehicle_id": self.vehicle.id,
                    "service_type_id": self.env.ref(xmlid).id,
                    "vendor_id": vendor.id,
                    "amount": 300,
                    "date": date.today(),
                },
                **vals,
            )
        )

    def test_designated_fuel_vendor_accepted(self):
        service = self._service(self.vendor_fuel, affairs_fuel_litres=40)
        self.assertEqual(service.affairs_cost_type, "fuel")
        service.state = "done"
        self.assertEqual(service.affairs_agency_id, self.agency_a)

    def test_non_designated_vendor_refused(self):
        """A draft entry may name any vendor; confirming it is refused."""
        service = self._service(self.vendor_other)
        with self.assertRaisesRegex(ValidationError, "not a designated"):
            service.state = "running"

    def test_vendor_designated_for_other_service_refused(self):
        service = self._service(
            self.vendor_fuel, "affairs_fleet.service_type_maintenance"
        )
        with self.assertRaisesRegex(ValidationError, "not a designated"):
            service.state = "done"

    def test_expired_contract_refused(self):
        """The garage's contract ended 10 days ago: refused today, fine on its last day."""
        service = self._service(
            self.vendor_garage, "affairs_fleet.service_type_maintenance"
        )
        with self.assertRaisesRegex(ValidationError, "not a designated"):
            service.state = "done"
        service.write({"date": date.today() - timedelta(days=10), "state": "done"})
        self.assertEqual(service.state, "done")

    def test_manager_exception(self):
        service = self._service(self.vendor_other)
        service.with_user(self.manager).action_affairs_grant_exception(
            "fleet_designated_vendor", "Breakdown on the highway"
        )
        service.state = "done"
        self.assertEqual(service.affairs_exception_count, 1)

    def test_toll_not_restricted(self):
        service = self._service(self.vendor_other, "affairs_fleet.service_type_toll")
        service.state = "done"
        self.assertEqual(service.affairs_cost_type, "toll")

    def test_vendor_bill(self):
        """Entries become one draft bill per vendor; lines carry vehicle and agency analytic."""
        # Billing needs the accounting right on top of the dispatch desk's.
        self.dispatcher.group_ids += self.env.ref("account.group_account_invoice")
        fuel = self._service(self.vendor_fuel, state="done")
        fuel2 = self._service(
            self.vendor_fuel, state="done", vehicle_id=self.vehicle2.id, amount=200
        )
        toll = self._service(
            self.vendor_other,
            "affairs_fleet.service_type_toll",
            state="done",
            amount=50,
        )
        (fuel | fuel2 | toll).with_user(self.dispatcher).action_affairs_create_bill()
        self.assertEqual(fuel.affairs_move_id, fuel2.affairs_move_id)
        self.assertNotEqual(fuel.affairs_move_id, toll.affairs_move_id)
        bill = fuel.affairs_move_id
        self.assertEqual(bill.move_type, "in_invoice")
        self.assertEqual(bill.partner_id, self.vendor_fuel)
        self.assertEqual(bill.amount_total, 500)
        self.assertEqual(
            sorted(bill.invoice_line_ids.vehicle_id.ids),
            sorted((self.vehicle | self.vehicle2).ids),
        )
        analytic = str(self.agency_a.affairs_analytic_account_id.id)
        for line in bill.invoice_line_ids:
            self.assertEqual(line.analytic_distribution, {analytic: 100})
        self.assertEqual(fuel.account_move_line_id.move_id, bill)
        services_before = self.env["fleet.vehicle.log.services"].search_count([])
        bill.invoice_date = date.today()
        bill.action_post()
        self.assertEqual(
            self.env["fleet.vehicle.log.services"].search_count([]), services_before
        )
        self.assertEqual(fuel.amount, 300)

    def test_bill_needs_confirmed_entry(self):
        service = self._service(self.vendor_fuel)
        with self.assertRaises(UserError):
            service.action_affairs_create_bill()
