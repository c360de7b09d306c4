# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsBudgetFinalXlsx(models.AbstractModel):
    """Final accounts (决算) as an Excel sheet, one row per frozen line."""

    _name = "report.affairs_budget.budget_final_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Final Accounts (Excel)"

    def _affairs_ledger(self, objs):
        tr = self.env._
        columns = [
            (tr("Agency"), "text", 24),
            (tr("Year"), "int", 8),
            (tr("Classification"), "text", 26),
            (tr("Fund"), "text", 16),
            (tr("Initial Budget"), "money", 14),
            (tr("Adjustments"), "money", 14),
            (tr("Budget"), "money", 14),
            (tr("Actual"), "money", 14),
            (tr("Balance"), "money", 14),
        ]
        rows = [
            (
                line.final_id.agency_id.display_name,
                line.final_id.year,
                line.classification_id.display_name,
                line.fund_id.display_name,
                line.initial_amount,
                line.adjustment_amount,
                line.amount,
                line.actual_amount,
                line.balance,
            )
            for line in objs.line_ids
        ]
        return tr("Final Accounts"), columns, rows
