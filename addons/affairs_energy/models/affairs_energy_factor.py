# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

KINDS = [
    ("electricity", "Electricity"),
    ("water", "Water"),
    ("natural_gas", "Natural Gas"),
    ("heat", "District Heat"),
    ("coal", "Coal"),
    ("gasoline", "Gasoline"),
    ("diesel", "Diesel"),
    ("lpg", "LPG"),
    ("other", "Other Energy"),
]

UNITS = [
    ("kwh", "kWh"),
    ("t", "t"),
    ("m3", "m³"),
    ("kg", "kg"),
    ("l", "L"),
    ("gj", "GJ"),
    ("mj", "MJ"),
    ("kgce", "kgce"),
]

# Physical unit ratios (not rules): a unit of the left is that many of the
# right. Litres and kilograms are linked by the factor's density (data).
UNIT_RATIOS = {
    ("t", "kg"): 1000.0,
    ("gj", "mj"): 1000.0,
    ("t", "m3"): 1.0,  # water: one tonne is one cubic metre
}

VARIANTS = [
    ("equivalent", "Equivalent Value (当量值)"),
    ("equal_value", "Equal Value (等价值)"),
]


class AffairsEnergyFactor(models.Model):
    """A conversion factor to standard coal (折标准煤系数) of a standards book.

    One row per energy kind and variant: the equivalent value (当量值, GB/T
    2589) is used for every indicator; the equal value (等价值) of
    electricity is used where the statistics ask for it. Fuels measured in
    litres are converted to kilograms with the row's density.
    """

    _name = "affairs.energy.factor"
    _inherit = ["affairs.standard.mixin"]
    _description = "Standard Coal Conversion Factor"
    _order = "book_id, kind, variant"

    name = fields.Char(string="Energy", required=True, translate=True)
    kind = fields.Selection(KINDS, required=True, index=True)
    variant = fields.Selection(VARIANTS, required=True, default="equivalent")
    unit = fields.Selection(UNITS, string="Per Unit", required=True)
    kgce_per_unit = fields.Float(string="kgce per Unit", required=True, digits=(16, 5))
    density = fields.Float(
        string="Density (kg/L)",
        digits=(16, 4),
        help="Used to convert litres to kilograms (gasoline, diesel).",
    )
    confidence = fields.Selection(
        [
            ("verified", "Checked against the source"),
            ("unverified", "Not yet checked against the source"),
        ],
        required=True,
        default="unverified",
    )
    note = fields.Char()

    @api.constrains("kgce_per_unit", "density")
    def _check_values(self):
        for factor in self:
            if not 0 < factor.kgce_per_unit <= 1000:
                raise ValidationError(
                    self.env._(
                        "The factor of %(name)s must be above 0 and at most 1,000 "
                        "kgce per unit.",
                        name=factor.name,
                    )
                )
            if factor.density < 0 or factor.density > 5:
                raise ValidationError(
                    self.env._(
                        "The density of %(name)s must be between 0 and 5 kg/L.",
                        name=factor.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        factors = super().create(vals_list)
        factors._affairs_recompute_readings()
        return factors

    def write(self, vals):
        res = super().write(vals)
        self._affairs_recompute_readings()
        return res

    def _rule_key(self):
        self.ensure_one()
        return (self.kind, self.variant)

    def _affairs_recompute_readings(self):
        """Readings of the kinds concerned carry their kgce: refresh them."""
        kinds = set(self.mapped("kind"))
        if not kinds:
            return
        Reading = self.env["affairs.energy.reading"]
        # sudo: the stored kgce of every agency's readings follows the book,
        # whoever maintains the book.
        readings = Reading.sudo().search([("kind", "in", list(kinds))])
        self.env.add_to_compute(Reading._fields["kgce"], readings)
        self.env.add_to_compute(Reading._fields["kgce_equal_value"], readings)

    @api.model
    def _get_factor_map(self, date=None, company=None):
        """``{(kind, variant): factor}`` in force; equal value falls back."""
        factors = self._get_rules(date=date, company=company)
        found = {(factor.kind, factor.variant): factor for factor in factors}
        for kind, _label in KINDS:
            if (kind, "equal_value") not in found and (kind, "equivalent") in found:
                found[(kind, "equal_value")] = found[(kind, "equivalent")]
        return found

    def _to_kgce(self, quantity, unit):
        """``quantity`` measured in ``unit`` converted with this factor."""
        self.ensure_one()
        return self._convert_quantity(quantity, unit) * self.kgce_per_unit

    def _convert_quantity(self, quantity, unit):
        self.ensure_one()
        target = self.unit
        if unit == target or not unit:
            return quantity
        if (unit, target) in UNIT_RATIOS:
            return quantity * UNIT_RATIOS[(unit, target)]
        if (target, unit) in UNIT_RATIOS:
            return quantity / UNIT_RATIOS[(target, unit)]
        if unit == "l" and target in ("kg", "t") and self.density:
            return self._convert_quantity(quantity * self.density, "kg")
        if target == "l" and unit in ("kg", "t") and self.density:
            kilograms = quantity * (1000.0 if unit == "t" else 1.0)
            return kilograms / self.density
        raise ValidationError(
            self.env._(
                "Cannot convert %(unit)s to %(target)s for %(name)s: set the "
                "density or use the factor's unit.",
                unit=dict(UNITS).get(unit, unit),
                target=dict(UNITS).get(target, target),
                name=self.name,
            )
        )
