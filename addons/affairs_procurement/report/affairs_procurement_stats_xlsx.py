# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

AWARDED_STAGES = ("awarded", "contracted", "done")


class AffairsProcurementStatsXlsx(models.AbstractModel):
    """Procurement statistics: budget, award and savings per year, agency,
    method and kind, read with one grouped query whatever the volume."""

    _name = "report.affairs_procurement.stats_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Procurement Statistics (Excel)"

    def _affairs_ledger(self, objs):
        Project = self.env["affairs.procurement.project"]
        methods = dict(Project._fields["method"]._description_selection(self.env))
        kinds = dict(Project._fields["kind"]._description_selection(self.env))
        columns = [
            (self.env._("Year"), "int", 8),
            (self.env._("Agency"), "text", 28),
            (self.env._("Method"), "text", 26),
            (self.env._("Kind"), "text", 16),
            (self.env._("Projects"), "int", 10),
            (self.env._("Budget"), "money", 16),
            (self.env._("Award Amount"), "money", 16),
            (self.env._("Savings"), "money", 16),
            (self.env._("Savings Rate (%)"), "percent", 14),
        ]
        rows = [
            (
                year,
                agency.display_name,
                methods.get(method, ""),
                kinds.get(kind, ""),
                count,
                budget,
                award,
                savings,
                100.0 * savings / budget if budget else 0.0,
            )
            for year, agency, method, kind, count, budget, award, savings in (
                self._affairs_stats(objs)
            )
        ]
        return self.env._("Procurement Statistics"), columns, rows

    def _affairs_stats(self, objs):
        """Grouped totals of the awarded projects among ``objs``."""
        return self.env["affairs.procurement.project"]._read_group(
            [("id", "in", objs.ids), ("stage", "in", AWARDED_STAGES)],
            ["year", "agency_id", "method", "kind"],
            [
                "__count",
                "budget_amount:sum",
                "award_amount:sum",
                "savings_amount:sum",
            ],
            order="year, agency_id, method, kind",
        )
