# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import EnergyCommon


class TestIntensityRanking(EnergyCommon):
    """Stored intensities follow the readings; agencies rank, sort and group on them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.year_a, cls.year_b = cls.env["affairs.energy.agency.year"].create(
            [
                {
                    "agency_id": cls.agency_a.id,
                    "year": cls.year,
                    "headcount": 50,
                    "building_area": 2000,
                },
                {
                    "agency_id": cls.agency_b.id,
                    "year": cls.year,
                    "headcount": 40,
                    "building_area": 1000,
                },
            ]
        )
        cls._series(cls.elec_a, [0, 10000])  # 1,229 kgce / 50 persons
        cls._series(cls.elec_b, [0, 4000])  # 491.6 kgce / 40 persons

    def test_intensity_stored_and_follows_new_readings(self):
        Year = self.env["affairs.energy.agency.year"]
        self.assertTrue(Year._fields["kgce_per_capita"].store)
        self.assertAlmostEqual(self.year_a.kgce_per_capita, 10000 * 0.1229 / 50, 2)
        self._read(self.elec_a, 3, 12000)
        self.env.flush_all()
        self.env.invalidate_all()
        # read back from the database row, not from a fresh compute
        self.env.cr.execute(
            "SELECT kgce_per_capita, kgce_per_m2 FROM affairs_energy_agency_year WHERE id = %s",
            [self.year_a.id],
        )
        per_capita, per_m2 = self.env.cr.fetchone()
        self.assertAlmostEqual(per_capita, 12000 * 0.1229 / 50, 2)
        self.assertAlmostEqual(per_m2, 12000 * 0.1229 / 2000, 2)  # stored with 2 digits
        self.year_a.headcount = 100
        self.assertAlmostEqual(self.year_a.kgce_per_capita, 12000 * 0.1229 / 100, 2)

    def test_agencies_ranked_sorted_and_grouped(self):
        Year = self.env["affairs.energy.agency.year"]
        ordered = Year.search([("year", "=", self.year)], order="kgce_per_capita")
        self.assertEqual(
            ordered.mapped("agency_id").ids, [self.agency_b.id, self.agency_a.id]
        )
        self.assertEqual(
            (self.year_b.rank_per_capita, self.year_a.rank_per_capita), (1, 2)
        )
        [(year, average)] = Year._read_group(
            [("year", "=", self.year)], ["year"], ["kgce_per_capita:avg"]
        )
        self.assertAlmostEqual(average, (1229 / 50 + 491.6 / 40) / 2, 2)

    def test_ranking_views_load(self):
        action = self.env.ref(
            "affairs_energy.affairs_energy_agency_year_action_ranking"
        )
        views = (
            self.env["affairs.energy.agency.year"]
            .with_user(self.officer)
            .get_views([(view.view_id.id, view.view_mode) for view in action.view_ids])
        )
        self.assertEqual(set(views["views"]), {"list", "graph", "pivot"})

    def test_cron_refreshes_intensity(self):
        entries = self.env["affairs.energy.agency.year"]._cron_refresh_intensity()
        self.assertIn(self.year_a, entries)
        self.assertAlmostEqual(self.year_a.kgce_per_capita, 10000 * 0.1229 / 50, 2)
