# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

# 支出经济分类 of a retrofit: works on the building or its plant are 31006
# 大型修缮; smaller measures (lamps, meters, taps) are 30213 维修(护)费.
MAJOR_MEASURES = {
    "hvac",
    "ground_source_heat_pump",
    "insulation",
    "pv",
    "boiler",
    "data_center",
    "lift",
}


class AffairsEnergyProject(models.Model):
    _name = "affairs.energy.project"
    _inherit = ["affairs.energy.project", "affairs.budget.hook"]

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook): the investment of the project,
        # on the agency's line for the year the works start (or the approval).
        return [
            {
                "record": project,
                "agency": project.agency_id,
                "classification": "31006"
                if project.measure_type in MAJOR_MEASURES
                else "30213",
                "date": project.start_date or fields.Date.context_today(project),
                "amount": project.investment,
            }
            for project in self
        ]

    def action_approve(self):
        """The bureau's approval commits the investment (the library has no
        approval mixin: its own approval is the commitment point)."""
        res = super().action_approve()
        self._affairs_budget_commit()
        return res

    def action_cancel(self):
        res = super().action_cancel()
        self._affairs_budget_release()
        return res
