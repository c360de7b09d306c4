# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AccountMove(models.Model):
    _inherit = "account.move"

    def _l10n_cn_gov_budget_line_vals(self, rule_map):
        """The classification of the financial line wins over the rule's
        default economic code: it is the budget line's own."""
        line_vals = super()._l10n_cn_gov_budget_line_vals(rule_map)
        sources = self.env["account.move.line"].browse(
            vals["l10n_cn_gov_source_line_id"] for vals in line_vals
        )
        code_of = {
            line.id: line.affairs_budget_classification_id.code for line in sources
        }
        for vals in line_vals:
            code = code_of.get(vals["l10n_cn_gov_source_line_id"])
            if code:
                vals["l10n_cn_gov_economic_code"] = code
        return line_vals
