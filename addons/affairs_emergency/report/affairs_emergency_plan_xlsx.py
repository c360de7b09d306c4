# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsEmergencyPlanXlsx(models.AbstractModel):
    """Register of emergency plans (应急预案台账), Excel."""

    _name = "report.affairs_emergency.plan_register_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Emergency Plan Register (Excel)"

    def _affairs_ledger(self, objs):
        Plan = self.env["affairs.emergency.plan"]
        labels = {
            name: dict(Plan._fields[name]._description_selection(self.env))
            for name in ("plan_type", "scope", "hazard", "state")
        }
        yes, no = self.env._("Yes"), self.env._("No")
        columns = [
            (self.env._("Reference"), "text", 14),
            (self.env._("Plan"), "text", 32),
            (self.env._("Plan Type"), "text", 10),
            (self.env._("Scope"), "text", 10),
            (self.env._("Hazard Type"), "text", 14),
            (self.env._("Version"), "int", 8),
            (self.env._("Status"), "text", 10),
            (self.env._("Effective Date"), "date", 12),
            (self.env._("Revision Due"), "date", 12),
            (self.env._("Last Drill"), "date", 12),
            (self.env._("Drill Overdue"), "text", 10),
            (self.env._("Command Gaps"), "int", 10),
            (self.env._("Resource Shortage"), "text", 10),
            (self.env._("Responsible"), "text", 14),
        ]
        rows = [
            (
                plan.code or "",
                plan.name,
                labels["plan_type"].get(plan.plan_type, ""),
                labels["scope"].get(plan.scope, ""),
                labels["hazard"].get(plan.hazard, ""),
                plan.version,
                labels["state"].get(plan.state, ""),
                plan.date_effective,
                plan.date_next_review,
                plan.date_last_drill,
                yes if plan.is_drill_overdue else no,
                plan.role_gap_count,
                yes if plan.has_shortage else no,
                plan.user_id.name or "",
            )
            for plan in objs.sorted(
                lambda plan: (plan.plan_type, plan.sequence, plan.name)
            )
        ]
        return self.env._("Emergency Plan Register"), columns, rows
