# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from .common import AffairsFleetCommon


class TestQueryScaling(AffairsFleetCommon):
    """Batch dispatch and the cost ledger use a query count that does not
    grow with the number of records (sizes kept small; see
    tests/benchmarks/bench_fleet.py for 1,000 requests / 200 vehicles)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["affairs.vehicle.quota"].create(
            {"agency_id": cls.agency_a.id, "category": "emergency", "quota": 100}
        )

    def _approved_requests(self, count, offset_days):
        start = self.start + timedelta(days=offset_days)
        requests = self.env["affairs.vehicle.request"].create(
            [
                {
                    "requester_id": self.employee_a.id,
                    "purpose": "Batch %s" % index,
                    "destination": "Here",
                    "date_start": start + timedelta(hours=3 * index),
                    "date_end": start + timedelta(hours=3 * index + 2),
                    "vehicle_id": self.vehicle.id,
                    "driver_id": self.driver.id,
                }
                for index in range(count)
            ]
        )
        requests.with_context(skip_validation_check=True).write({"state": "approved"})
        return requests

    def _dispatch_queries(self, requests):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        requests.with_user(self.dispatcher).action_dispatch()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def test_batch_dispatch_constant_queries(self):
        self._dispatch_queries(self._approved_requests(3, 60))  # warm the caches
        small = self._dispatch_queries(self._approved_requests(10, 0))
        large = self._dispatch_queries(self._approved_requests(30, 20))
        self.assertEqual(small, large)

    def _vehicles_with_costs(self, count, prefix):
        vehicles = self.env["fleet.vehicle"].create(
            [
                {
                    "model_id": self.car_model.id,
                    "license_plate": "%s%03d" % (prefix, index),
                    "affairs_agency_id": self.agency_a.id,
                    "affairs_vehicle_category": "emergency",
                    "affairs_state": "registered",
                    "affairs_purchase_price": 100000,
                    "affairs_displacement": 1.5,
                }
                for index in range(count)
            ]
        )
        fuel = self.env.ref("affairs_fleet.service_type_fuel")
        self.env["fleet.vehicle.log.services"].create(
            [
                {
                    "vehicle_id": vehicle.id,
                    "service_type_id": fuel.id,
                    "vendor_id": self.vendor_fuel.id,
                    "amount": 100 + month,
                    "affairs_fuel_litres": 10,
                    "date": date.today() - timedelta(days=30 * month),
                    "state": "done",
                }
                for vehicle in vehicles
                for month in range(12)
            ]
        )
        return vehicles

    def _ledger_queries(self, vehicles):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        lines = self.env["affairs.vehicle.cost.wizard"]._affairs_cost_lines(
            vehicles, date.today() - timedelta(days=365), date.today()
        )
        for line in lines:
            line["vehicle"].affairs_agency_id.name  # what the ledger prints
        self.assertEqual(len(lines), len(vehicles))
        return self.env.cr.sql_log_count - before

    def test_cost_ledger_constant_queries(self):
        self._ledger_queries(self._vehicles_with_costs(3, "W"))  # warm the caches
        small = self._ledger_queries(self._vehicles_with_costs(10, "S"))
        large = self._ledger_queries(self._vehicles_with_costs(30, "L"))
        self.assertEqual(small, large)
