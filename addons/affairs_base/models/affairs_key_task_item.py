# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain


class AffairsKeyTaskItem(models.Model):
    """One item of a key task: target, deadline, quality and who answers for it."""

    _name = "affairs.key.task.item"
    _description = "Key Task Item"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "task_id, deadline, id"

    task_id = fields.Many2one(
        "affairs.key.task", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(required=True, tracking=True)
    target = fields.Text(required=True)
    quality_requirement = fields.Text()
    deadline = fields.Date(required=True, tracking=True)
    responsible_id = fields.Many2one(
        "res.users", string="Responsible", required=True, tracking=True
    )
    progress = fields.Float(string="Progress (%)", tracking=True, aggregator="avg")
    progress_note = fields.Text(string="Progress Notes")
    state = fields.Selection(
        [
            ("todo", "To Do"),
            ("in_progress", "In Progress"),
            ("done", "Done"),
            ("cancel", "Cancelled"),
        ],
        default="todo",
        required=True,
        tracking=True,
    )
    date_done = fields.Date(readonly=True)
    is_overdue = fields.Boolean(
        compute="_compute_is_overdue", search="_search_is_overdue"
    )
    year = fields.Integer(related="task_id.year", store=True)
    company_id = fields.Many2one(related="task_id.company_id", store=True)

    _progress_range = models.Constraint(
        "CHECK(progress >= 0 AND progress <= 100)", "Progress is between 0 and 100%."
    )

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for item in self:
            item.is_overdue = (
                item.state in ("todo", "in_progress") and item.deadline < today
            )

    def _search_is_overdue(self, operator, value):
        if operator != "in":
            return NotImplemented
        overdue = Domain("state", "in", ("todo", "in_progress")) & Domain(
            "deadline", "<", fields.Date.context_today(self)
        )
        return overdue if True in value else ~overdue

    @api.constrains("state", "progress")
    def _check_done_progress(self):
        for item in self:
            if item.state == "done" and item.progress < 100:
                raise ValidationError(
                    self.env._(
                        "Item %(name)s is done only at 100%% progress.", name=item.name
                    )
                )

    def write(self, vals):
        if vals.get("state") == "done":
            vals = dict(vals, date_done=fields.Date.context_today(self), progress=100.0)
        elif vals.get("progress", 0) > 0 and "state" not in vals:
            self.filtered(lambda item: item.state == "todo").state = "in_progress"
        return super().write(vals)

    def action_done(self):
        self.write({"state": "done"})
        return True

    @api.model
    def _cron_remind_overdue(self):
        """An activity for the person responsible for each overdue item."""
        for item in self.search([("is_overdue", "=", True)]):
            if not item.activity_ids:
                item.activity_schedule(
                    "mail.mail_activity_data_warning",
                    user_id=item.responsible_id.id,
                    summary=self.env._("Key task item overdue: %s", item.name),
                )
