# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsKeyTask(models.Model):
    """A yearly key task (大项工作) of the bureau, split into items."""

    _name = "affairs.key.task"
    _description = "Key Task"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "year desc, sequence, id"

    name = fields.Char(required=True, tracking=True)
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    sequence = fields.Integer(default=10)
    responsible_id = fields.Many2one(
        "res.users", string="Lead", default=lambda self: self.env.user, tracking=True
    )
    agency_id = fields.Many2one(
        "hr.department", string="Agency", domain=[("is_affairs_agency", "=", True)]
    )
    description = fields.Html()
    item_ids = fields.One2many("affairs.key.task.item", "task_id", string="Items")
    progress = fields.Float(
        compute="_compute_progress", store=True, aggregator="avg", string="Progress (%)"
    )
    item_count = fields.Integer(compute="_compute_progress", store=True)
    overdue_count = fields.Integer(compute="_compute_overdue_count")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    active = fields.Boolean(default=True)

    _year_check = models.Constraint(
        "CHECK(year BETWEEN 2000 AND 2100)", "Give the year of the task (2000-2100)."
    )

    @api.depends("item_ids.progress", "item_ids.state")
    def _compute_progress(self):
        for task in self:
            items = task.item_ids.filtered(lambda item: item.state != "cancel")
            task.item_count = len(items)
            task.progress = sum(items.mapped("progress")) / len(items) if items else 0.0

    def _compute_overdue_count(self):
        data = self.env["affairs.key.task.item"]._read_group(
            [("task_id", "in", self.ids), ("is_overdue", "=", True)],
            ["task_id"],
            ["__count"],
        )
        counts = {task.id: count for task, count in data}
        for task in self:
            task.overdue_count = counts.get(task.id, 0)

    def action_export_xlsx(self):
        return self.env.ref("affairs_base.action_report_key_task_xlsx").report_action(
            self
        )
