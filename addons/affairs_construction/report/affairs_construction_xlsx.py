# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsConstructionProjectXlsx(models.AbstractModel):
    """Project ledger (工程台账): one row per project with its investment,
    progress, changes, payments and final account (Excel)."""

    _name = "report.affairs_construction.project_ledger_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Construction Project Ledger (Excel)"

    def _affairs_ledger(self, objs):
        columns = [
            (self.env._("Reference"), "text", 14),
            (self.env._("Project"), "text", 30),
            (self.env._("Agency"), "text", 20),
            (self.env._("Type"), "text", 14),
            (self.env._("Status"), "text", 14),
            (self.env._("Approval Date"), "date", 12),
            (self.env._("Investment Estimate"), "money", 16),
            (self.env._("Budget Estimate"), "money", 16),
            (self.env._("Construction Budget"), "money", 16),
            (self.env._("Contract Amount"), "money", 16),
            (self.env._("Approved Changes"), "money", 14),
            (self.env._("Change Ratio (%)"), "percent", 10),
            (self.env._("Paid"), "money", 16),
            (self.env._("Progress (%)"), "percent", 10),
            (self.env._("Delay (days)"), "int", 10),
            (self.env._("Audited Final Amount"), "money", 16),
            (self.env._("Saving Rate vs Budget (%)"), "percent", 12),
        ]
        types = dict(objs._fields["project_type"]._description_selection(self.env))
        states = dict(objs._fields["state"]._description_selection(self.env))
        rows = [
            (
                project.code,
                project.name,
                project.agency_id.display_name,
                types.get(project.project_type),
                states.get(project.state),
                project.approval_date,
                project.estimate_amount,
                project.budget_estimate_amount,
                project.budget_amount,
                project.contract_amount,
                project.change_amount,
                project.change_ratio,
                project.paid_amount,
                project.progress_percent,
                project.delay_days,
                project.final_amount,
                project.saving_rate,
            )
            for project in objs
        ]
        return self.env._("Project Ledger"), columns, rows
