# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsVehicleLifecycleRule(models.Model):
    """Numbers of the vehicle lifecycle (renewal age and mileage, scrapping,
    licence warnings, trip thresholds), one row per code, editable per
    locality through a local standards book."""

    _name = "affairs.vehicle.lifecycle.rule"
    _inherit = ["affairs.standard.mixin"]
    _description = "Official Vehicle Lifecycle Rule"
    _order = "code"

    code = fields.Char(required=True, index=True)
    name = fields.Char(string="Rule", required=True, translate=True)
    value = fields.Float(required=True)
    unit = fields.Char(translate=True)

    def _rule_key(self):
        self.ensure_one()
        return self.code

    @api.model
    def _get_values(self, codes, date=None, company=None):
        """``{code: value}`` of the rules in force for ``codes``."""
        rules = self._get_rules(
            [("code", "in", list(codes))], date=date, company=company
        )
        return {rule.code: rule.value for rule in rules}

    @api.model
    def _get_value(self, code, default=0.0, date=None, company=None):
        return self._get_values([code], date=date, company=company).get(code, default)
