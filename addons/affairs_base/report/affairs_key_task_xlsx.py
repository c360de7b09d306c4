# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsKeyTaskXlsx(models.AbstractModel):
    _name = "report.affairs_base.key_task_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Key Task Ledger (Excel)"

    def _affairs_ledger(self, objs):
        states = dict(
            self.env["affairs.key.task.item"]
            ._fields["state"]
            ._description_selection(self.env)
        )
        columns = [
            (self.env._("Year"), "int", 8),
            (self.env._("Key Task"), "text", 30),
            (self.env._("Item"), "text", 30),
            (self.env._("Target"), "text", 40),
            (self.env._("Quality Requirement"), "text", 30),
            (self.env._("Deadline"), "date", 12),
            (self.env._("Responsible"), "text", 16),
            (self.env._("Progress (%)"), "percent", 12),
            (self.env._("Status"), "text", 12),
            (self.env._("Overdue"), "text", 10),
        ]
        rows = [
            (
                item.task_id.year,
                item.task_id.name,
                item.name,
                item.target,
                item.quality_requirement,
                item.deadline,
                item.responsible_id.name,
                item.progress,
                states[item.state],
                self.env._("Yes") if item.is_overdue else "",
            )
            for item in objs.item_ids
        ]
        return self.env._("Key Task Ledger"), columns, rows
