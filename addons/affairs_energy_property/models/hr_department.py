# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    def _affairs_energy_denominators(self, years):
        """Without an entered floor area, use the usable area of the rooms the
        agency holds in the property register (one grouped query)."""
        found = super()._affairs_energy_denominators(years)
        missing = {
            agency_id for (agency_id, _year), base in found.items() if not base["area"]
        }
        if not missing:
            return found
        areas = dict(
            # sudo: agency users see their indicators, not necessarily the
            # property register; only the summed area leaves this method.
            self.env["affairs.room"]
            .sudo()
            ._read_group(
                [("agency_id", "in", list(missing))],
                ["agency_id"],
                ["usable_area:sum"],
            )
        )
        areas = {agency.id: area for agency, area in areas.items()}
        for (agency_id, _year), base in found.items():
            if not base["area"]:
                base["area"] = areas.get(agency_id, 0.0)
        return found
