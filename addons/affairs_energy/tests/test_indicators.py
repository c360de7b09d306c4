# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import EnergyCommon


class TestIndicators(EnergyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._series(cls.elec_a, [0, 10000])
        cls._series(cls.gas_a, [0, 1000])
        cls._series(cls.water_a, [0, 500])
        cls.unit_year = cls.env["affairs.energy.agency.year"].create(
            {
                "agency_id": cls.agency_a.id,
                "year": cls.year,
                "headcount": 50,
                "building_area": 2000,
            }
        )

    def test_conversion_with_shipped_factors(self):
        """10,000 kWh x 0.1229 + 1,000 m³ x 1.2143 = 2,443.3 kgce (hand-computed)."""
        readings = self.elec_a.reading_ids | self.gas_a.reading_ids
        self.assertAlmostEqual(sum(readings.mapped("kgce")), 2443.3, places=2)
        # equal value of electricity: 10,000 kWh x 0.3055
        self.assertAlmostEqual(
            sum(self.elec_a.reading_ids.mapped("kgce_equal_value")), 3055.0, places=2
        )
        self.assertAlmostEqual(self.agency_a.affairs_energy_kgce(self.year), 2443.3, 2)

    def test_litres_and_gigajoules(self):
        """Gasoline in litres goes through the density, heat GJ through MJ."""
        Meter = self.env["affairs.energy.meter"]
        petrol = Meter.create(
            {"name": "Pump", "kind": "gasoline", "agency_id": self.agency_b.id}
        )
        heat = Meter.create(
            {"name": "Heat", "kind": "heat", "agency_id": self.agency_b.id}
        )
        self.assertEqual((petrol.unit, heat.unit), ("l", "gj"))
        self._series(petrol, [0, 100])
        self._series(heat, [0, 10])
        # 100 L x 0.73 kg/L x 1.4714 kgce/kg and 10 GJ x 1,000 x 0.03412 kgce/MJ
        self.assertAlmostEqual(sum(petrol.reading_ids.mapped("kgce")), 107.4122, 2)
        self.assertAlmostEqual(sum(heat.reading_ids.mapped("kgce")), 341.2, 3)

    def test_per_capita_and_per_m2(self):
        self.assertAlmostEqual(self.unit_year.total_tce, 2.4433, 3)
        self.assertAlmostEqual(self.unit_year.kgce_per_capita, 48.866, 2)
        self.assertAlmostEqual(self.unit_year.kgce_per_m2, 1.22165, 2)
        self.assertAlmostEqual(self.unit_year.water_per_capita, 10.0, 3)
        self.assertAlmostEqual(
            self.agency_a.affairs_energy_per_capita(self.year), 48.866, 3
        )

    def test_per_capita_falls_back_to_authorized_headcount(self):
        """Without year data the agency's authorized headcount (40) is used."""
        self._series(self.elec_b, [0, 4000])
        self.assertAlmostEqual(
            self.agency_b.affairs_energy_per_capita(self.year), 4000 * 0.1229 / 40, 3
        )

    def test_sub_meters_not_counted_twice(self):
        sub = self.env["affairs.energy.meter"].create(
            {
                "name": "Data room",
                "kind": "electricity",
                "agency_id": self.agency_a.id,
                "parent_id": self.elec_a.id,
            }
        )
        self._series(sub, [0, 3000])
        self.assertAlmostEqual(self.agency_a.affairs_energy_kgce(self.year), 2443.3, 2)

    def test_factor_change_recomputes_readings(self):
        factor = self.env.ref("affairs_energy.energy_factor_electricity_equivalent")
        factor.with_user(self.manager).kgce_per_unit = 0.2
        self.assertAlmostEqual(self.agency_a.affairs_energy_kgce(self.year), 3214.3, 2)

    def test_comparison_with_last_year_and_targets(self):
        """This year uses 10% less per person than last year: a 5% target is met."""
        this_year = self.year + 1
        self.env["affairs.energy.reading"].search(
            [("meter_id", "in", (self.gas_a | self.water_a).ids)]
        ).unlink()
        # last year: 10,000 kWh; this year: 10,000 -> 10,000 -> 19,000 = 9,000 kWh
        self._series(self.elec_a, [10000, 19000], year=this_year)
        current = self.env["affairs.energy.agency.year"].create(
            {
                "agency_id": self.agency_a.id,
                "year": this_year,
                "headcount": 50,
                "building_area": 2000,
                "target_per_capita_rate": 5,
                "target_per_m2_rate": 5,
                "target_water_rate": 0,
            }
        )
        self.assertAlmostEqual(current.total_kgce, 9000 * 0.1229, 2)
        self.assertAlmostEqual(current.last_kgce_per_capita, 10000 * 0.1229 / 50, 3)
        self.assertAlmostEqual(current.change_per_capita, -10.0, 1)
        self.assertAlmostEqual(current.change_per_m2, -10.0, 1)
        self.assertTrue(current.target_met)
        current.target_per_capita_rate = 12
        self.assertFalse(current.target_met)

    def test_default_targets_from_the_plan(self):
        """Default yearly cuts spread the five-year plan's reductions (6%/5%)."""
        defaults = self.env["affairs.energy.agency.year"].default_get(
            ["target_per_capita_rate", "target_per_m2_rate"]
        )
        self.assertAlmostEqual(defaults["target_per_capita_rate"], 1.2, 2)
        self.assertAlmostEqual(defaults["target_per_m2_rate"], 1.0, 2)
