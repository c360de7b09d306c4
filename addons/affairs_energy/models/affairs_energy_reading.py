# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare

READING_TYPES = [
    ("normal", "Normal"),
    ("replacement", "Meter Replacement"),
    ("rollover", "Rollover"),
]
# Readings outside this window are typing errors.
MIN_DATE = date(2000, 1, 1)
MAX_VALUE = 1e12


class AffairsEnergyReading(models.Model):
    """The monthly reading (抄表) of a meter and the consumption it gives.

    Consumption = (reading - previous reading) × multiplier for an index
    meter. A reading below the previous one is refused unless recorded as a
    meter replacement (final index of the old meter, starting index of the
    new one) or a rollover of the register. The first reading of a meter
    opens it (no consumption). One reading per meter and month.
    """

    _name = "affairs.energy.reading"
    _description = "Meter Reading"
    _order = "date desc, meter_id, id desc"
    _check_company_auto = True

    meter_id = fields.Many2one(
        "affairs.energy.meter",
        string="Meter",
        required=True,
        index=True,
        ondelete="cascade",
        # no check_company: the reading's company is the meter's
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    month = fields.Date(
        compute="_compute_month", store=True, index=True, precompute=True
    )
    value = fields.Float(string="Reading", required=True, digits=(16, 2))
    reading_type = fields.Selection(
        READING_TYPES, string="Type", required=True, default="normal"
    )
    replaced_final_value = fields.Float(
        string="Old Meter Final Reading", digits=(16, 2)
    )
    replaced_initial_value = fields.Float(
        string="New Meter Initial Reading", digits=(16, 2)
    )
    new_serial = fields.Char(string="New Meter Serial")
    note = fields.Char()
    kind = fields.Selection(related="meter_id.kind", store=True, index=True)
    unit = fields.Selection(related="meter_id.unit")
    agency_id = fields.Many2one(
        related="meter_id.agency_id", store=True, index=True, string="Agency"
    )
    site_id = fields.Many2one(related="meter_id.site_id", store=True, string="Site")
    company_id = fields.Many2one(related="meter_id.company_id", store=True)
    is_main_meter = fields.Boolean(
        compute="_compute_is_main_meter",
        store=True,
        help="Main meters count in the agency's totals; sub-meters do not.",
    )
    consumption = fields.Float(
        compute="_compute_consumption", store=True, digits=(16, 2)
    )
    is_opening = fields.Boolean(
        string="Opening Reading", compute="_compute_consumption", store=True
    )
    gap_months = fields.Integer(
        string="Months Missing Before",
        compute="_compute_consumption",
        store=True,
        help="Months without a reading between the previous reading and this one.",
    )
    kgce = fields.Float(
        string="Standard Coal (kgce)",
        compute="_compute_kgce",
        store=True,
        digits=(16, 2),
        help="Consumption converted with the equivalent-value factor in force.",
    )
    kgce_equal_value = fields.Float(
        string="Standard Coal, Equal Value (kgce)",
        compute="_compute_kgce",
        store=True,
        digits=(16, 2),
    )

    _meter_month_uniq = models.UniqueIndex(
        "(meter_id, month)", "This meter already has a reading for that month."
    )

    @api.depends("date")
    def _compute_month(self):
        for reading in self:
            reading.month = reading.date and reading.date.replace(day=1)

    @api.depends("meter_id.parent_id")
    def _compute_is_main_meter(self):
        for reading in self:
            reading.is_main_meter = not reading.meter_id.parent_id

    @api.depends(
        "value",
        "date",
        "meter_id",
        "reading_type",
        "replaced_final_value",
        "replaced_initial_value",
        "meter_id.multiplier",
        "meter_id.rollover_value",
        "meter_id.reading_mode",
    )
    def _compute_consumption(self):
        previous = self._get_neighbours()[0]
        for reading in self:
            meter = reading.meter_id
            prev = previous.get(reading.id)
            reading.is_opening = meter.reading_mode == "index" and not prev
            reading.gap_months = reading._months_since(prev) - 1 if prev else 0
            reading.consumption = reading._raw_consumption(prev) * meter.multiplier

    def _raw_consumption(self, prev):
        self.ensure_one()
        if self.meter_id.reading_mode == "quantity":
            return self.value
        if not prev:
            return 0.0
        if self.reading_type == "replacement":
            return max(self.replaced_final_value - prev.value, 0.0) + max(
                self.value - self.replaced_initial_value, 0.0
            )
        if self.reading_type == "rollover":
            return max(self.meter_id.rollover_value - prev.value, 0.0) + self.value
        return self.value - prev.value

    def _months_since(self, prev):
        delta = relativedelta(self.date.replace(day=1), prev.date.replace(day=1))
        return delta.years * 12 + delta.months

    @api.depends("consumption", "date", "kind", "meter_id.unit", "company_id")
    def _compute_kgce(self):
        Factor = self.env["affairs.energy.factor"]
        maps = {}
        for reading in self:
            if not reading.date or not reading.kind or reading.kind == "water":
                reading.kgce = reading.kgce_equal_value = 0.0
                continue
            key = (reading.date.year, reading.company_id)
            if key not in maps:
                maps[key] = Factor._get_factor_map(
                    date(reading.date.year, 12, 31), reading.company_id
                )
            factors = maps[key]
            unit = reading.meter_id.unit
            equivalent = factors.get((reading.kind, "equivalent"))
            equal = factors.get((reading.kind, "equal_value"))
            reading.kgce = (
                equivalent._to_kgce(reading.consumption, unit) if equivalent else 0.0
            )
            reading.kgce_equal_value = (
                equal._to_kgce(reading.consumption, unit) if equal else 0.0
            )

    @api.constrains("date", "value", "replaced_final_value", "replaced_initial_value")
    def _check_bounds(self):
        latest = fields.Date.context_today(self) + relativedelta(months=1)
        for reading in self:
            if not MIN_DATE <= reading.date <= latest:
                raise ValidationError(
                    self.env._(
                        "The reading date %(date)s of meter %(meter)s is not "
                        "plausible: it must lie between 2000 and next month.",
                        date=reading.date,
                        meter=reading.meter_id.display_name,
                    )
                )
            values = (
                reading.value,
                reading.replaced_final_value,
                reading.replaced_initial_value,
            )
            if any(value < 0 or value > MAX_VALUE for value in values):
                raise ValidationError(
                    self.env._(
                        "Readings of meter %(meter)s must be between 0 and "
                        "1,000,000,000,000.",
                        meter=reading.meter_id.display_name,
                    )
                )

    @api.constrains(
        "value",
        "date",
        "meter_id",
        "reading_type",
        "replaced_final_value",
        "replaced_initial_value",
    )
    def _check_not_backwards(self):
        previous, following = self._get_neighbours()
        for reading in self.filtered(lambda r: r.meter_id.reading_mode == "index"):
            reading._check_against(previous.get(reading.id))
            nxt = following.get(reading.id)
            if nxt:
                nxt._check_against(reading)

    def _check_against(self, prev):
        """Raise when this reading goes backwards from ``prev``."""
        self.ensure_one()
        meter = self.meter_id.display_name
        if self.reading_type == "normal":
            if prev and float_compare(self.value, prev.value, 2) < 0:
                raise ValidationError(
                    self.env._(
                        "The reading %(value)s of meter %(meter)s on %(date)s is "
                        "below the previous reading %(previous)s of %(prev_date)s. "
                        "Record it as a meter replacement or a rollover if that is "
                        "what happened.",
                        value=self.value,
                        meter=meter,
                        date=self.date,
                        previous=prev.value,
                        prev_date=prev.date,
                    )
                )
        elif self.reading_type == "replacement":
            if prev and float_compare(self.replaced_final_value, prev.value, 2) < 0:
                raise ValidationError(
                    self.env._(
                        "The old meter's final reading %(final)s is below its "
                        "previous reading %(previous)s (meter %(meter)s).",
                        final=self.replaced_final_value,
                        previous=prev.value,
                        meter=meter,
                    )
                )
            if float_compare(self.value, self.replaced_initial_value, 2) < 0:
                raise ValidationError(
                    self.env._(
                        "The new meter's reading %(value)s is below its initial "
                        "reading %(initial)s (meter %(meter)s).",
                        value=self.value,
                        initial=self.replaced_initial_value,
                        meter=meter,
                    )
                )
        elif self.reading_type == "rollover":
            capacity = self.meter_id.rollover_value
            if not capacity or (prev and float_compare(prev.value, capacity, 2) > 0):
                raise ValidationError(
                    self.env._(
                        "Meter %(meter)s has no register capacity above its "
                        "previous reading: set 'Rolls Over At' before recording "
                        "a rollover.",
                        meter=meter,
                    )
                )
            if prev and float_compare(self.value, prev.value, 2) >= 0:
                raise ValidationError(
                    self.env._(
                        "A rollover reading of meter %(meter)s must be below the "
                        "previous reading %(previous)s.",
                        meter=meter,
                        previous=prev.value,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        readings = super().create(vals_list)
        readings._affairs_refresh_following()
        return readings

    def write(self, vals):
        moved = self.browse()
        if {"date", "meter_id"} & set(vals):
            moved = self._get_following_readings()
        res = super().write(vals)
        (moved | self._get_following_readings())._affairs_mark_consumption()
        return res

    def unlink(self):
        following = self._get_following_readings() - self
        res = super().unlink()
        following.exists()._affairs_mark_consumption()
        return res

    def _affairs_refresh_following(self):
        (self._get_following_readings() - self)._affairs_mark_consumption()

    def _affairs_mark_consumption(self):
        """Recompute consumption of readings whose previous reading changed."""
        if self:
            # Computing a stored field does not trigger its dependents: the
            # kgce fields are marked with it.
            for fname in (
                "consumption",
                "is_opening",
                "gap_months",
                "kgce",
                "kgce_equal_value",
            ):
                self.env.add_to_compute(self._fields[fname], self)
            self._check_not_backwards()

    def _get_following_readings(self):
        return self.browse(
            [nxt.id for nxt in self._get_neighbours()[1].values() if nxt]
        )

    def _get_neighbours(self):
        """``({id: previous reading}, {id: next reading})`` on each meter.

        One search over the meters concerned, whatever their number.
        """
        meters = self.meter_id
        if not meters:
            return {}, {}
        rows = self.search_fetch(
            [("meter_id", "in", meters.ids)],
            ["meter_id", "date", "value"],
            order="meter_id, date, id",
        )
        by_meter = {}
        for row in rows:
            by_meter.setdefault(row.meter_id.id, []).append(row)
        previous, following = {}, {}
        for reading in self:
            if not reading.id or not reading.meter_id:
                continue
            chain = [r for r in by_meter.get(reading.meter_id.id, []) if r != reading]
            before = [r for r in chain if (r.date, r.id) < (reading.date, reading.id)]
            after = [r for r in chain if (r.date, r.id) > (reading.date, reading.id)]
            previous[reading.id] = before[-1] if before else None
            following[reading.id] = after[0] if after else None
        return previous, following

    @api.model
    def get_import_templates(self):
        return [
            {
                "label": self.env._("Import Template for Meter Readings"),
                "template": "/affairs_energy/static/xls/affairs_energy_reading.xlsx",
            }
        ]
