# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsConstructionRule(models.Model):
    """A numeric rule of construction projects on a standards book.

    National rows cite their source; a row whose source says "local practice"
    is a default a locality is expected to set in its own book.
    """

    _name = "affairs.construction.rule"
    _inherit = ["affairs.standard.mixin"]
    _description = "Construction Rule"
    _order = "book_id, code"

    code = fields.Selection(
        [
            ("retention_rate_max", "Maximum retention money rate (%)"),
            ("change_ratio_limit", "Cumulative change ratio limit per contract (%)"),
            ("final_account_months", "Final account due after acceptance (months)"),
        ],
        required=True,
        index=True,
    )
    name = fields.Char(string="Rule", required=True, translate=True)
    value = fields.Float(required=True, digits=(16, 2))

    def _rule_key(self):
        self.ensure_one()
        return self.code

    @api.model
    def _get_value(self, code, date=None, company=None):
        """Value of the rule ``code`` in force, or None when not configured."""
        rule = self._get_rules([("code", "=", code)], date=date, company=company)[:1]
        return rule.value if rule else None
