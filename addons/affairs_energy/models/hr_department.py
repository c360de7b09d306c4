# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    affairs_energy_year_ids = fields.One2many(
        "affairs.energy.agency.year", "agency_id", string="Energy Years"
    )
    # The path the stored intensities of the agency's years depend on.
    affairs_energy_reading_ids = fields.One2many(
        "affairs.energy.reading", "agency_id", string="Energy Readings"
    )

    def affairs_energy_kgce(self, year):
        """Total standard-coal use (kgce, equivalent value) of these agencies."""
        totals = self._affairs_energy_totals([year])
        return sum(
            totals.get((agency.id, year), {}).get("kgce", 0.0) for agency in self
        )

    def affairs_energy_per_capita(self, year):
        """Standard-coal use per person (kgce/人) of these agencies in ``year``."""
        denominators = self._affairs_energy_denominators([year])
        headcount = sum(
            denominators.get((agency.id, year), {}).get("headcount", 0)
            for agency in self
        )
        return self.affairs_energy_kgce(year) / headcount if headcount else 0.0

    def _affairs_energy_totals(self, years, date_from=None, date_to=None):
        """``{(agency_id, year): {"kgce", "kgce_equal_value", "water", kind...}}``.

        One grouped query whatever the number of agencies, meters and months;
        only main meters count (sub-meters are inside them). ``date_from`` /
        ``date_to`` narrow each year to a period (month-day of the dates).
        Bridges (fleet fuel) extend the result.
        """
        if not self or not years:
            return {}
        domain = [
            ("agency_id", "in", self.ids),
            ("is_main_meter", "=", True),
            ("month", ">=", date(min(years), 1, 1)),
            ("month", "<", date(max(years) + 1, 1, 1)),
        ]
        # whole years group by year (twelve times fewer groups than months)
        period = "month:month" if (date_from or date_to) else "month:year"
        data = self.env["affairs.energy.reading"]._read_group(
            domain,
            ["agency_id", period, "kind"],
            ["consumption:sum", "kgce:sum", "kgce_equal_value:sum"],
        )
        totals = {}
        for agency, month, kind, quantity, kgce, kgce_equal in data:
            if month.year not in years:
                continue
            if date_from and month.month < date_from.month:
                continue
            if date_to and month.month > date_to.month:
                continue
            entry = totals.setdefault(
                (agency.id, month.year),
                {"kgce": 0.0, "kgce_equal_value": 0.0, "water": 0.0},
            )
            entry["kgce"] += kgce
            entry["kgce_equal_value"] += kgce_equal
            entry[kind] = entry.get(kind, 0.0) + quantity
            entry[kind + "_kgce"] = entry.get(kind + "_kgce", 0.0) + kgce
            entry[kind + "_kgce_equal_value"] = (
                entry.get(kind + "_kgce_equal_value", 0.0) + kgce_equal
            )
        return totals

    def _affairs_energy_denominators(self, years):
        """``{(agency_id, year): {"headcount", "area"}}`` from the unit's year
        data, the agency's authorized headcount when no year is entered.

        Bridges fill what is missing (affairs_energy_property: the floor area
        of the agency's rooms).
        """
        years_data = self.env["affairs.energy.agency.year"].search_fetch(
            [("agency_id", "in", self.ids), ("year", "in", list(years))],
            ["agency_id", "year", "headcount", "building_area"],
        )
        found = {
            (entry.agency_id.id, entry.year): {
                "headcount": entry.headcount or entry.agency_id.affairs_headcount,
                "area": entry.building_area,
            }
            for entry in years_data
        }
        for agency in self:
            for year in years:
                found.setdefault(
                    (agency.id, year),
                    {"headcount": agency.affairs_headcount, "area": 0.0},
                )
        return found
