# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

RULE_CODES = [
    (
        "return_change_alert_rate",
        "Return: change vs last year needing an explanation (%)",
    ),
    ("baseline_kgce_per_capita", "National baseline: energy per capita (kgce/person)"),
    ("baseline_kgce_per_m2", "National baseline: energy per floor area (kgce/m²)"),
    ("baseline_water_per_capita", "National baseline: water per capita (m³/person)"),
    ("target_reduction_per_capita", "Target reduction: energy per capita (%)"),
    ("target_reduction_per_m2", "Target reduction: energy per floor area (%)"),
    ("target_reduction_water", "Target reduction: water per capita (%)"),
    ("target_reduction_co2_per_m2", "Target reduction: CO₂ per floor area (%)"),
    ("report_deadline_month", "Annual report due: month"),
    ("report_deadline_day", "Annual report due: day"),
    ("ac_summer_min", "Summer air-conditioning not below (°C)"),
    ("ac_winter_max", "Winter heating not above (°C)"),
]


class AffairsEnergyRule(models.Model):
    """A numeric energy-saving rule (节能规则) of a standards book."""

    _name = "affairs.energy.rule"
    _inherit = ["affairs.standard.mixin"]
    _description = "Energy Saving Rule"
    _order = "book_id, code"

    code = fields.Selection(RULE_CODES, required=True, index=True)
    name = fields.Char(string="Rule", required=True, translate=True)
    value = fields.Float(required=True, digits=(16, 2))
    confidence = fields.Selection(
        [
            ("verified", "Checked against the source"),
            ("unverified", "Not yet checked against the source"),
        ],
        required=True,
        default="unverified",
    )

    def _rule_key(self):
        self.ensure_one()
        return self.code

    @api.model
    def _get_value(self, code, date=None, company=None):
        """Value of the rule ``code`` in force, or None when not configured."""
        rule = self._get_rules([("code", "=", code)], date=date, company=company)[:1]
        return rule.value if rule else None
