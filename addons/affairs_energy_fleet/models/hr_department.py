# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import models

# Fleet fuel types burning a liquid fuel measured in litres, and the energy
# kind whose factor converts them. LPG, CNG and hydrogen are bought by mass or
# volume of gas, not litres: they are left out.
FUEL_KINDS = {
    "gasoline": "gasoline",
    "full_hybrid": "gasoline",
    "plug_in_hybrid_gasoline": "gasoline",
    "diesel": "diesel",
    "plug_in_hybrid_diesel": "diesel",
}
CONFIRMED_STATES = ("running", "done")


class HrDepartment(models.Model):
    _inherit = "hr.department"

    def _affairs_energy_totals(self, years, date_from=None, date_to=None):
        """Add the fuel of the agencies' vehicles (litres → kg → kgce)."""
        totals = super()._affairs_energy_totals(years, date_from, date_to)
        if not self or not years:
            return totals
        fuel = self._affairs_energy_vehicle_fuel(years)
        Factor = self.env["affairs.energy.factor"]
        maps = {}
        for (agency_id, month, kind, company), litres in fuel.items():
            if date_from and month.month < date_from.month:
                continue
            if date_to and month.month > date_to.month:
                continue
            key = (month.year, company)
            if key not in maps:
                maps[key] = Factor._get_factor_map(date(month.year, 12, 31), company)
            entry = totals.setdefault(
                (agency_id, month.year),
                {"kgce": 0.0, "kgce_equal_value": 0.0, "water": 0.0},
            )
            for variant, suffix in (
                ("equivalent", ""),
                ("equal_value", "_equal_value"),
            ):
                factor = maps[key].get((kind, variant))
                kgce = factor._to_kgce(litres, "l") if factor else 0.0
                entry["kgce" + suffix] += kgce
                entry[kind + "_kgce" + suffix] = (
                    entry.get(kind + "_kgce" + suffix, 0.0) + kgce
                )
            entry[kind] = entry.get(kind, 0.0) + litres
            entry["vehicle_fuel_litres"] = (
                entry.get("vehicle_fuel_litres", 0.0) + litres
            )
        return totals

    def _affairs_energy_vehicle_fuel(self, years):
        """``{(agency_id, month, kind, company): litres}`` of confirmed fuel
        entries, in one grouped query."""
        # sudo: agency users file their energy returns with their vehicles'
        # fuel but may not read fleet cost entries; only summed litres of the
        # agencies asked for leave this method.
        data = (
            self.env["fleet.vehicle.log.services"]
            .sudo()
            ._read_group(
                [
                    ("affairs_agency_id", "in", self.ids),
                    ("affairs_cost_type", "=", "fuel"),
                    ("state", "in", CONFIRMED_STATES),
                    ("date", ">=", date(min(years), 1, 1)),
                    ("date", "<", date(max(years) + 1, 1, 1)),
                ],
                ["affairs_agency_id", "date:month", "vehicle_id"],
                ["affairs_fuel_litres:sum"],
            )
        )
        fuel = {}
        for agency, month, vehicle, litres in data:
            kind = FUEL_KINDS.get(vehicle.fuel_type)
            if not kind or not litres or month.year not in years:
                continue
            key = (agency.id, month, kind, agency.company_id)
            fuel[key] = fuel.get(key, 0.0) + litres
        return fuel
