# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from .common import EnergyCommon


class TestPerformance(EnergyCommon):
    """Indicators cost the same number of queries for 2 or 6 agencies."""

    def _agency_years(self, count):
        agencies = self.env["hr.department"].create(
            [
                {
                    "name": f"Perf {count}-{index}",
                    "is_affairs_agency": True,
                    "affairs_level": "county",
                    "affairs_headcount": 10,
                }
                for index in range(count)
            ]
        )
        meters = self.env["affairs.energy.meter"].create(
            [
                {"name": f"M{agency.id}-{kind}", "kind": kind, "agency_id": agency.id}
                for agency in agencies
                for kind in ("electricity", "water")
            ]
        )
        self.env["affairs.energy.reading"].create(
            [
                {
                    "meter_id": meter.id,
                    "date": date(year, month, 20),
                    "value": (year - self.year + 1) * 1000 + month * 100,
                }
                for meter in meters
                for year in (self.year - 1, self.year)
                for month in (1, 2, 3)
            ]
        )
        return self.env["affairs.energy.agency.year"].create(
            [
                {
                    "agency_id": agency.id,
                    "year": self.year,
                    "headcount": 10,
                    "building_area": 500,
                }
                for agency in agencies
            ]
        )

    def _indicator_queries(self, entries):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        entries.mapped("kgce_per_capita")
        entries.mapped("change_per_m2")
        entries.agency_id.affairs_energy_kgce(self.year)
        entries.agency_id.affairs_energy_per_capita(self.year)
        return self.env.cr.sql_log_count - before

    def test_indicator_queries_constant(self):
        self._indicator_queries(self._agency_years(1))  # warm the caches
        small = self._indicator_queries(self._agency_years(2))
        large = self._indicator_queries(self._agency_years(6))
        self.assertEqual(small, large)
        self.assertLessEqual(small, 12)
