# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.affairs_base.tests.common import AffairsCommon


class EnergyCommon(AffairsCommon):
    """Meters of the two agencies of the base fixtures, a reading helper."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Meter = cls.env["affairs.energy.meter"]
        cls.site_a = cls.env["affairs.energy.site"].create(
            {"name": "Building A", "agency_id": cls.agency_a.id, "floor_area": 2000}
        )
        cls.elec_a, cls.gas_a, cls.water_a, cls.elec_b = Meter.create(
            [
                {
                    "name": "Main electricity A",
                    "code": "EA-1",
                    "kind": "electricity",
                    "agency_id": cls.agency_a.id,
                    "site_id": cls.site_a.id,
                },
                {
                    "name": "Gas A",
                    "code": "GA-1",
                    "kind": "natural_gas",
                    "agency_id": cls.agency_a.id,
                },
                {
                    "name": "Water A",
                    "code": "WA-1",
                    "kind": "water",
                    "agency_id": cls.agency_a.id,
                },
                {
                    "name": "Main electricity B",
                    "code": "EB-1",
                    "kind": "electricity",
                    "agency_id": cls.agency_b.id,
                },
            ]
        )
        cls.year = date.today().year - 1

    @classmethod
    def _read(cls, meter, month, value, year=None, user=None, **values):
        """A reading on the 25th of ``month`` of ``year`` (last year)."""
        vals = {
            "meter_id": meter.id,
            "date": date(year or cls.year, month, 25),
            "value": value,
        }
        vals.update(values)
        Reading = cls.env["affairs.energy.reading"]
        if user:
            Reading = Reading.with_user(user)
        return Reading.create(vals)

    @classmethod
    def _series(cls, meter, values, year=None, start_month=1):
        """Consecutive monthly readings starting in ``start_month``."""
        return cls.env["affairs.energy.reading"].create(
            [
                {
                    "meter_id": meter.id,
                    "date": date(year or cls.year, start_month + index, 25),
                    "value": value,
                }
                for index, value in enumerate(values)
            ]
        )
