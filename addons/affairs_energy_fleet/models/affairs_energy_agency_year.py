# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsEnergyAgencyYear(models.Model):
    _inherit = "affairs.energy.agency.year"

    vehicle_count = fields.Integer(
        string="Official Vehicles", compute="_compute_vehicle_fuel"
    )
    vehicle_fuel_litres = fields.Float(
        string="Vehicle Fuel (L)", compute="_compute_vehicle_fuel", digits=(16, 2)
    )
    fuel_per_vehicle = fields.Float(
        string="Fuel per Vehicle (L)", compute="_compute_vehicle_fuel", digits=(16, 2)
    )

    @api.depends("agency_id", "year")
    def _compute_vehicle_fuel(self):
        agencies = self.agency_id
        vehicles = dict(
            # sudo: agency users see their unit's year, not necessarily the
            # fleet register; only the vehicle count leaves this method.
            self.env["fleet.vehicle"]
            .sudo()
            ._read_group(
                [("affairs_agency_id", "in", agencies.ids)],
                ["affairs_agency_id"],
                ["__count"],
            )
        )
        totals = agencies._affairs_energy_totals(sorted(set(self.mapped("year"))))
        for entry in self:
            count = vehicles.get(entry.agency_id, 0)
            litres = totals.get((entry.agency_id.id, entry.year), {}).get(
                "vehicle_fuel_litres", 0.0
            )
            entry.vehicle_count = count
            entry.vehicle_fuel_litres = litres
            entry.fuel_per_vehicle = litres / count if count else 0.0
