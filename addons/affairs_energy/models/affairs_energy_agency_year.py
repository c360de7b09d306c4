# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsEnergyAgencyYear(models.Model):
    """An energy-using unit's year (用能单位年度): denominators, targets and
    the indicators they give.

    Headcount (用能人数) and office floor area (建筑面积) of the year are
    entered (or come from affairs_property through a bridge); the targets
    are the yearly reductions (节能目标) the unit commits to against last
    year. Indicators are computed for all rows at once (one grouped query).
    """

    _name = "affairs.energy.agency.year"
    _description = "Energy-Using Unit Year"
    _order = "year desc, agency_id"
    _check_company_auto = True

    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_affairs_agency', '=', True)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    headcount = fields.Integer(string="Energy-Using Headcount")
    building_area = fields.Float(string="Office Floor Area (m²)", digits=(16, 2))
    target_per_capita_rate = fields.Float(
        string="Target Cut per Capita (%)", digits=(16, 2)
    )
    target_per_m2_rate = fields.Float(string="Target Cut per m² (%)", digits=(16, 2))
    target_water_rate = fields.Float(
        string="Target Cut of Water per Capita (%)", digits=(16, 2)
    )
    # Intensities of the year, stored so that agencies are ranked, sorted and
    # grouped on them: they follow the readings of the agency's meters.
    total_kgce = fields.Float(
        string="Energy (kgce)", compute="_compute_intensity", store=True, digits=(16, 2)
    )
    total_tce = fields.Float(
        string="Energy (tce)", compute="_compute_intensity", store=True, digits=(16, 3)
    )
    kgce_per_capita = fields.Float(
        string="kgce per Person",
        compute="_compute_intensity",
        store=True,
        digits=(16, 2),
        aggregator="avg",
    )
    kgce_per_m2 = fields.Float(
        string="kgce per m²",
        compute="_compute_intensity",
        store=True,
        digits=(16, 2),
        aggregator="avg",
    )
    water_t = fields.Float(
        string="Water (t)", compute="_compute_intensity", store=True, digits=(16, 2)
    )
    water_per_capita = fields.Float(
        string="Water per Person (t)",
        compute="_compute_intensity",
        store=True,
        digits=(16, 2),
        aggregator="avg",
    )
    rank_per_capita = fields.Integer(
        string="Rank per Person",
        compute="_compute_rank",
        help="Place of the agency among the agencies of the same year, "
        "from the lowest energy use per person (0: no energy recorded).",
    )
    # Comparison with last year and the targets (computed, not stored)
    last_kgce_per_capita = fields.Float(
        string="Last Year kgce per Person",
        compute="_compute_indicators",
        digits=(16, 2),
    )
    last_kgce_per_m2 = fields.Float(
        string="Last Year kgce per m²", compute="_compute_indicators", digits=(16, 2)
    )
    last_water_per_capita = fields.Float(
        string="Last Year Water per Person",
        compute="_compute_indicators",
        digits=(16, 2),
    )
    change_per_capita = fields.Float(
        string="Change per Person (%)", compute="_compute_indicators", digits=(16, 1)
    )
    change_per_m2 = fields.Float(
        string="Change per m² (%)", compute="_compute_indicators", digits=(16, 1)
    )
    change_water = fields.Float(
        string="Change of Water (%)", compute="_compute_indicators", digits=(16, 1)
    )
    target_met = fields.Boolean(string="Targets Met", compute="_compute_indicators")

    _agency_year_uniq = models.UniqueIndex(
        "(agency_id, year)", "The agency already has data for that year."
    )

    @api.depends(
        "agency_id",
        "year",
        "headcount",
        "building_area",
        "agency_id.affairs_headcount",
        "agency_id.affairs_energy_reading_ids.kgce",
        "agency_id.affairs_energy_reading_ids.consumption",
        "agency_id.affairs_energy_reading_ids.month",
        "agency_id.affairs_energy_reading_ids.kind",
        "agency_id.affairs_energy_reading_ids.is_main_meter",
    )
    def _compute_intensity(self):
        """Totals and intensities of the year: one grouped query for all rows.

        Sources outside the readings (fleet fuel, the property register's
        floor areas, through their bridges) come in when the rows are
        recomputed: by these dependencies, and every night by
        ``_cron_refresh_intensity``.
        """
        agencies = self.agency_id
        years = sorted(set(self.mapped("year")))
        totals = agencies._affairs_energy_totals(years)
        denominators = agencies._affairs_energy_denominators(years)
        for entry in self:
            current = entry._indicators(totals, denominators, entry.year)
            entry.total_kgce = current["kgce"]
            entry.total_tce = current["kgce"] / 1000.0
            entry.kgce_per_capita = current["per_capita"]
            entry.kgce_per_m2 = current["per_m2"]
            entry.water_t = current["water"]
            entry.water_per_capita = current["water_per_capita"]

    @api.depends("kgce_per_capita", "year")
    def _compute_rank(self):
        """Rank within the year, from the stored intensities (one query)."""
        # sudo: the rank places the agency among all the compound's agencies,
        # also those whose figures the user cannot open; only positions leak.
        ranked = self.sudo().search_fetch(
            [
                ("year", "in", list(set(self.mapped("year")))),
                ("company_id", "in", self.company_id.ids),
                ("kgce_per_capita", ">", 0),
            ],
            ["year", "kgce_per_capita"],
            order="year, kgce_per_capita, id",
        )
        ranks, counters = {}, {}
        for entry in ranked:
            counters[entry.year] = counters.get(entry.year, 0) + 1
            ranks[entry.id] = counters[entry.year]
        for entry in self:
            entry.rank_per_capita = ranks.get(entry.id, 0)

    @api.model
    def _cron_refresh_intensity(self):
        """Recompute this year's and last year's intensities (bridge sources)."""
        year = fields.Date.context_today(self).year
        entries = self.search([("year", ">=", year - 1)])
        for name in (
            "total_kgce",
            "total_tce",
            "kgce_per_capita",
            "kgce_per_m2",
            "water_t",
            "water_per_capita",
        ):
            self.env.add_to_compute(self._fields[name], entries)
        entries.flush_recordset()
        return entries

    @api.depends(
        "agency_id",
        "year",
        "headcount",
        "building_area",
        "target_per_capita_rate",
        "target_per_m2_rate",
        "target_water_rate",
        "total_kgce",
    )
    def _compute_indicators(self):
        agencies = self.agency_id
        years = set(self.mapped("year")) | {year - 1 for year in self.mapped("year")}
        totals = agencies._affairs_energy_totals(sorted(years))
        denominators = agencies._affairs_energy_denominators(sorted(years))
        for entry in self:
            current = entry._indicators(totals, denominators, entry.year)
            last = entry._indicators(totals, denominators, entry.year - 1)
            entry.last_kgce_per_capita = last["per_capita"]
            entry.last_kgce_per_m2 = last["per_m2"]
            entry.last_water_per_capita = last["water_per_capita"]
            entry.change_per_capita = _change(current["per_capita"], last["per_capita"])
            entry.change_per_m2 = _change(current["per_m2"], last["per_m2"])
            entry.change_water = _change(
                current["water_per_capita"], last["water_per_capita"]
            )
            entry.target_met = bool(last["kgce"]) and all(
                -change >= target
                for change, target in (
                    (entry.change_per_capita, entry.target_per_capita_rate),
                    (entry.change_per_m2, entry.target_per_m2_rate),
                    (entry.change_water, entry.target_water_rate),
                )
            )

    def _indicators(self, totals, denominators, year):
        self.ensure_one()
        figures = totals.get((self.agency_id.id, year), {})
        base = denominators.get((self.agency_id.id, year), {})
        headcount, area = base.get("headcount", 0), base.get("area", 0.0)
        if year == self.year:
            # the figures being edited win over the stored ones
            headcount = self.headcount or headcount
            area = self.building_area or area
        kgce = figures.get("kgce", 0.0)
        water = figures.get("water", 0.0)
        return {
            "kgce": kgce,
            "water": water,
            "per_capita": kgce / headcount if headcount else 0.0,
            "per_m2": kgce / area if area else 0.0,
            "water_per_capita": water / headcount if headcount else 0.0,
        }

    @api.depends("agency_id", "year")
    def _compute_display_name(self):
        for entry in self:
            entry.display_name = "%s %s" % (entry.agency_id.name or "", entry.year)

    @api.constrains("year", "headcount", "building_area")
    def _check_values(self):
        for entry in self:
            if not 2000 <= entry.year <= 2100:
                raise ValidationError(
                    self.env._("The year %(year)s is not plausible.", year=entry.year)
                )
            if not 0 <= entry.headcount <= 1_000_000:
                raise ValidationError(
                    self.env._("The headcount must be between 0 and 1,000,000.")
                )
            if not 0 <= entry.building_area <= 10_000_000:
                raise ValidationError(
                    self.env._("The floor area must be between 0 and 10,000,000 m².")
                )

    @api.constrains("target_per_capita_rate", "target_per_m2_rate", "target_water_rate")
    def _check_targets(self):
        for entry in self:
            rates = (
                entry.target_per_capita_rate,
                entry.target_per_m2_rate,
                entry.target_water_rate,
            )
            if any(not -100 <= rate <= 100 for rate in rates):
                raise ValidationError(
                    self.env._("Target reductions must be between -100% and 100%.")
                )

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        Rule = self.env["affairs.energy.rule"]
        for fname, code in (
            ("target_per_capita_rate", "target_reduction_per_capita"),
            ("target_per_m2_rate", "target_reduction_per_m2"),
            ("target_water_rate", "target_reduction_water"),
        ):
            if fname in fields_list and fname not in values:
                # The five-year cuts spread over five years as the default.
                total = Rule._get_value(code)
                values[fname] = round(total / 5.0, 2) if total else 0.0
        return values


def _change(current, last):
    """Change in percent against last year (0 when last year is unknown)."""
    return (current - last) / last * 100.0 if last else 0.0
