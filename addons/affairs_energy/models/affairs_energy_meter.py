# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_energy_factor import KINDS, UNITS

DEFAULT_UNITS = {
    "electricity": "kwh",
    "water": "t",
    "natural_gas": "m3",
    "heat": "gj",
    "coal": "kg",
    "gasoline": "l",
    "diesel": "l",
    "lpg": "kg",
    "other": "kgce",
}


class AffairsEnergyMeter(models.Model):
    """A meter (计量表具) of an agency: main meters and their sub-meters.

    An ``index`` meter counts up and its monthly consumption is the
    difference of two readings times the multiplier; a ``quantity`` meter
    (coal delivered, fuel bought) records each month's quantity directly.
    Only main meters (without a parent) count in the agency's totals: a
    sub-meter's use is already inside its parent's.
    """

    _name = "affairs.energy.meter"
    _description = "Energy Meter"
    _order = "agency_id, kind, code, id"
    _rec_names_search = ["name", "code"]
    _check_company_auto = True

    name = fields.Char(required=True)
    code = fields.Char(string="Meter No.", index=True)
    kind = fields.Selection(KINDS, required=True, default="electricity")
    unit = fields.Selection(
        UNITS,
        compute="_compute_unit",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
    )
    reading_mode = fields.Selection(
        [("index", "Cumulative index"), ("quantity", "Monthly quantity")],
        required=True,
        default="index",
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_affairs_agency', '=', True)]",
    )
    site_id = fields.Many2one(
        "affairs.energy.site",
        string="Site",
        index=True,
        check_company=True,
        domain="[('agency_id', '=', agency_id)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    parent_id = fields.Many2one(
        "affairs.energy.meter",
        string="Main Meter",
        index=True,
        check_company=True,
        domain="[('agency_id', '=', agency_id), ('kind', '=', kind)]",
    )
    child_ids = fields.One2many(
        "affairs.energy.meter", "parent_id", string="Sub-meters"
    )
    multiplier = fields.Float(default=1.0, digits=(16, 4), help="倍率, e.g. CT ratio.")
    rollover_value = fields.Float(
        string="Rolls Over At",
        digits=(16, 2),
        help="Register capacity: the index goes back to zero after it "
        "(e.g. 100000 for five digits).",
    )
    date_start = fields.Date(string="In Use Since")
    reading_ids = fields.One2many(
        "affairs.energy.reading", "meter_id", string="Readings"
    )
    replacement_ids = fields.One2many(
        "affairs.energy.reading",
        "meter_id",
        string="Replacement History",
        domain=[("reading_type", "=", "replacement")],
    )
    last_reading_date = fields.Date(compute="_compute_last_reading")
    last_value = fields.Float(string="Last Reading", compute="_compute_last_reading")
    missing_month_count = fields.Integer(
        string="Missing Months (12)",
        compute="_compute_missing_month_count",
        help="Months of the last twelve without a reading.",
    )
    active = fields.Boolean(default=True)

    _code_company_uniq = models.UniqueIndex(
        "(company_id, code) WHERE code IS NOT NULL AND active",
        "The meter number is already used by another meter.",
    )

    @api.depends("kind")
    def _compute_unit(self):
        for meter in self:
            meter.unit = DEFAULT_UNITS.get(meter.kind, "kgce")

    def _compute_last_reading(self):
        data = self.env["affairs.energy.reading"]._read_group(
            [("meter_id", "in", self.ids)], ["meter_id"], ["date:max"]
        )
        last_dates = dict(data)
        readings = self.env["affairs.energy.reading"].search(
            [
                ("meter_id", "in", self.ids),
                ("date", "in", list(set(last_dates.values()))),
            ]
        )
        values = {
            reading.meter_id: reading.value
            for reading in readings
            if reading.date == last_dates.get(reading.meter_id)
        }
        for meter in self:
            meter.last_reading_date = last_dates.get(meter)
            meter.last_value = values.get(meter, 0.0)

    def _compute_missing_month_count(self):
        today = fields.Date.context_today(self).replace(day=1)
        missing = self._affairs_missing_months(today - relativedelta(months=12), today)
        for meter in self:
            meter.missing_month_count = len(missing.get(meter, []))

    @api.constrains("multiplier", "rollover_value")
    def _check_numbers(self):
        for meter in self:
            if not 0 < meter.multiplier <= 100_000:
                raise ValidationError(
                    self.env._(
                        "The multiplier of meter %(name)s must be above 0 and at "
                        "most 100,000.",
                        name=meter.name,
                    )
                )
            if meter.rollover_value < 0:
                raise ValidationError(
                    self.env._(
                        "The rollover value of meter %(name)s cannot be negative.",
                        name=meter.name,
                    )
                )

    @api.constrains("parent_id", "kind", "agency_id")
    def _check_parent(self):
        if self._has_cycle():
            raise ValidationError(self.env._("A meter cannot be its own sub-meter."))
        for meter in self.filtered("parent_id"):
            if (meter.parent_id.kind, meter.parent_id.agency_id) != (
                meter.kind,
                meter.agency_id,
            ):
                raise ValidationError(
                    self.env._(
                        "Sub-meter %(name)s must measure the same energy for the "
                        "same agency as its main meter.",
                        name=meter.name,
                    )
                )

    def _affairs_missing_months(self, date_from, date_to):
        """``{meter: [first days of months]}`` without a reading.

        Months from ``date_from`` (inclusive) to ``date_to`` (exclusive),
        counted from the month the meter came into use (its start date or
        first reading).
        """
        Reading = self.env["affairs.energy.reading"]
        data = Reading._read_group(
            [("meter_id", "in", self.ids), ("month", "<", date_to)],
            ["meter_id", "month:month"],
            ["__count"],
        )
        seen = {}
        for meter, month, _count in data:
            seen.setdefault(meter, set()).add(month)
        result = {}
        for meter in self:
            months = seen.get(meter, set())
            start = meter.date_start or (min(months) if months else None)
            if not start:
                result[meter] = []
                continue
            month = max(date_from, start.replace(day=1))
            result[meter] = []
            while month < date_to:
                if month not in months:
                    result[meter].append(month)
                month += relativedelta(months=1)
        return result

    def action_view_readings(self):
        """Open the readings of the meter."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Readings"),
            "res_model": "affairs.energy.reading",
            "view_mode": "list,form,graph,pivot",
            "domain": [("meter_id", "=", self.id)],
            "context": {"default_meter_id": self.id},
        }
