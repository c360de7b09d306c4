# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.affairs_base.tests.common import AffairsCommon


class TestEnergyProperty(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agency = cls.agency_a
        building = cls.env["affairs.building"].create(
            {"name": "Building EP", "code": "EP1"}
        )
        cls.env["affairs.room"].create(
            [
                {
                    "building_id": building.id,
                    "name": name,
                    "usable_area": area,
                    "usage": "office",
                    "agency_id": cls.agency.id,
                }
                for name, area in (("101", 300.0), ("102", 200.0))
            ]
        )
        meter = cls.env["affairs.energy.meter"].create(
            {"name": "EP main", "kind": "electricity", "agency_id": cls.agency.id}
        )
        cls.year = date.today().year - 1
        cls.env["affairs.energy.reading"].create(
            [
                {
                    "meter_id": meter.id,
                    "date": date(cls.year, month, 25),
                    "value": value,
                }
                for month, value in ((1, 0), (2, 10000))
            ]
        )

    def test_area_from_rooms_when_not_entered(self):
        """10,000 kWh x 0.1229 over the 500 m² of the agency's rooms."""
        entry = self.env["affairs.energy.agency.year"].create(
            {"agency_id": self.agency.id, "year": self.year}
        )
        self.assertAlmostEqual(entry.kgce_per_m2, 1229 / 500, 2)
        entry.building_area = 1000
        self.assertAlmostEqual(entry.kgce_per_m2, 1229 / 1000, 2)
