# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.affairs_fleet.tests.common import AffairsFleetCommon


class TestEnergyFleet(AffairsFleetCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # designated providers of the fixtures hold for the last 400 days
        today = date.today()
        cls.year = today.year if today.month > 5 else today.year - 1
        cls.vehicle.fuel_type = "gasoline"
        cls.vehicle2.fuel_type = "diesel"
        cls.vehicle_b.fuel_type = "electric"

    def _fuel(self, vehicle, litres, month=3, state="done"):
        return self.env["fleet.vehicle.log.services"].create(
            {
                "vehicle_id": vehicle.id,
                "service_type_id": self.env.ref("affairs_fleet.service_type_fuel").id,
                "vendor_id": self.vendor_fuel.id,
                "amount": litres * 8,
                "affairs_fuel_litres": litres,
                "date": date(self.year, month, 10),
                "state": state,
            }
        )

    def test_vehicle_fuel_in_agency_totals(self):
        """100 L of gasoline x 0.73 x 1.4714 + 50 L of diesel x 0.85 x 1.4571."""
        self._fuel(self.vehicle, 100)
        self._fuel(self.vehicle2, 50)
        self._fuel(self.vehicle, 40, state="new")  # not confirmed: left out
        expected = 100 * 0.73 * 1.4714 + 50 * 0.85 * 1.4571
        self.assertAlmostEqual(
            self.agency_a.affairs_energy_kgce(self.year), expected, 2
        )
        self.assertEqual(self.agency_b.affairs_energy_kgce(self.year), 0)
        # an agency user, who cannot read fleet cost entries, gets the same
        agency = self.agency_a.with_user(self.user_a)
        self.assertAlmostEqual(agency.affairs_energy_kgce(self.year), expected, 2)

    def test_fuel_per_vehicle_and_return(self):
        self._fuel(self.vehicle, 100, month=2)
        self._fuel(self.vehicle2, 50, month=5)
        entry = self.env["affairs.energy.agency.year"].create(
            {"agency_id": self.agency_a.id, "year": self.year, "headcount": 10}
        )
        self.assertEqual(entry.vehicle_count, 2)
        self.assertAlmostEqual(entry.fuel_per_vehicle, 75.0)
        ret = self.env["affairs.energy.return"].create(
            {
                "agency_id": self.agency_a.id,
                "year": self.year,
                "period_type": "quarter",
                "quarter": "1",
            }
        )
        ret.action_prepare()
        self.assertEqual(ret.line_ids.kind, "gasoline")
        self.assertAlmostEqual(ret.line_ids.quantity, 100)
        self.assertAlmostEqual(ret.total_kgce, 100 * 0.73 * 1.4714, 2)
