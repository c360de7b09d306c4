# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from .common import AffairsFleetCommon


class TestCostAccounting(AffairsFleetCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vehicle3 = cls.create_vehicle("京A00003")
        Service = cls.env["fleet.vehicle.log.services"]
        today = date.today()
        fuel = cls.env.ref("affairs_fleet.service_type_fuel")
        rows = []
        for vehicle, litres in (
            (cls.vehicle, 8),
            (cls.vehicle2, 8),
            (cls.vehicle3, 20),
        ):
            rows.append(
                {
                    "vehicle_id": vehicle.id,
                    "service_type_id": fuel.id,
                    "vendor_id": cls.vendor_fuel.id,
                    "amount": litres * 8,
                    "affairs_fuel_litres": litres,
                    "date": today,
                    "state": "done",
                }
            )
        rows.append(
            {
                "vehicle_id": cls.vehicle.id,
                "service_type_id": cls.env.ref("affairs_fleet.service_type_toll").id,
                "amount": 36,
                "date": today,
                "state": "done",
            }
        )
        rows.append(
            {
                "vehicle_id": cls.vehicle.id,
                "service_type_id": fuel.id,
                "vendor_id": cls.vendor_fuel.id,
                "amount": 999,
                "date": today - timedelta(days=400),
                "state": "done",
            }
        )
        Service.create(rows)
        # 100 km per vehicle, two trips for the first one.
        trips = [
            (cls.vehicle, 0, 50),
            (cls.vehicle, 50, 100),
            (cls.vehicle2, 0, 100),
            (cls.vehicle3, 0, 100),
        ]
        cls.env["affairs.vehicle.request"].create(
            [
                {
                    "requester_id": cls.employee_a.id,
                    "purpose": "Trip",
                    "destination": "Here",
                    "date_start": cls.start - timedelta(days=5, hours=index * 4),
                    "date_end": cls.start - timedelta(days=5, hours=index * 4 - 2),
                    "vehicle_id": vehicle.id,
                    "odometer_start": start,
                    "odometer_end": end,
                    "state": "returned",
                }
                for index, (vehicle, start, end) in enumerate(trips)
            ]
        )

    def _lines(self):
        wizard = self.env["affairs.vehicle.cost.wizard"]
        lines = wizard._affairs_cost_lines(
            self.vehicle | self.vehicle2 | self.vehicle3,
            date.today() - timedelta(days=30),
            date.today() + timedelta(days=30),
        )
        return {line["vehicle"]: line for line in lines}

    def test_cost_per_vehicle(self):
        line = self._lines()[self.vehicle]
        self.assertEqual(line["fuel"], 64)
        self.assertEqual(line["toll"], 36)
        self.assertEqual(line["total"], 100)
        self.assertEqual(line["km"], 100)
        self.assertEqual(line["trips"], 2)
        self.assertEqual(line["cost_per_100km"], 100)
        self.assertEqual(line["cost_per_trip"], 50)
        self.assertEqual(line["litres_per_100km"], 8)

    def test_period_excludes_old_costs(self):
        self.assertNotIn(999, [line["fuel"] for line in self._lines().values()])

    def test_fuel_outlier(self):
        """Average of the category is 12 L/100 km; 20 is over 1.3x, 8 is under 1/1.3."""
        lines = self._lines()
        self.assertAlmostEqual(lines[self.vehicle]["category_average"], 12.0)
        self.assertTrue(lines[self.vehicle3]["outlier"])
        self.assertTrue(lines[self.vehicle]["outlier"])

    def test_no_outlier_within_ratio(self):
        self.env["fleet.vehicle.log.services"].search(
            [("vehicle_id", "=", self.vehicle3.id)]
        ).affairs_fuel_litres = 9
        lines = self._lines()
        self.assertFalse(lines[self.vehicle]["outlier"])
        self.assertFalse(lines[self.vehicle3]["outlier"])

    def test_cost_report_view(self):
        data = self.env["affairs.vehicle.cost.report"]._read_group(
            [
                ("vehicle_id", "=", self.vehicle.id),
                ("date", ">=", date.today() - timedelta(days=30)),
            ],
            [],
            ["amount:sum", "distance:sum", "trip_count:sum"],
        )
        self.assertEqual(data[0], (100.0, 100.0, 2))

    def test_agency_statistics(self):
        rows = self.env["affairs.vehicle.cost.wizard"]._affairs_agency_statistics(
            self.agency_a | self.agency_b,
            date.today() - timedelta(days=30),
            date.today(),
        )
        row_a = rows[0]
        self.assertEqual(row_a["quota"], 4)
        self.assertEqual(row_a["vehicles"], 3)
        self.assertEqual(row_a["trips"], 4)
        self.assertEqual(row_a["km"], 300)
