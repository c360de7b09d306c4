# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AccountMoveLine(models.Model):
    """The economic code of a journal item follows its classification.

    On a financial line it is the code of the line's own classification
    (``affairs_budget``: mapped from the account, taken from the commitment
    of the document it settles, or chosen on the bill); on a budget-accounting
    line it is the code of the financial line it parallels. The budget twin is
    therefore reclassified with its bill, even when the commitment is matched
    after the budget entry was made.
    """

    _inherit = "account.move.line"

    l10n_cn_gov_economic_code = fields.Char(
        compute="_compute_l10n_cn_gov_economic_code", store=True
    )

    @api.depends(
        "affairs_budget_classification_id",
        "l10n_cn_gov_source_line_id.affairs_budget_classification_id",
    )
    def _compute_l10n_cn_gov_economic_code(self):
        for line in self:
            classification = (
                line.affairs_budget_classification_id
                or line.l10n_cn_gov_source_line_id.affairs_budget_classification_id
            )
            # Without a classification the code stays as made (the rule's).
            line.l10n_cn_gov_economic_code = (
                classification.code or line.l10n_cn_gov_economic_code
            )
