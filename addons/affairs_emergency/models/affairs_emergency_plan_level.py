# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, api, fields, models

# Level I is the most severe (特别重大), level IV the least (一般).
LEVELS = [
    ("1", "Level I"),
    ("2", "Level II"),
    ("3", "Level III"),
    ("4", "Level IV"),
]


class AffairsEmergencyPlanLevel(models.Model):
    """A response level of a plan: when it applies and what is done."""

    _name = "affairs.emergency.plan.level"
    _description = "Emergency Response Level"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "plan_id"
    _order = "plan_id, level"

    plan_id = fields.Many2one(
        "affairs.emergency.plan", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="plan_id.company_id", store=True)
    level = fields.Selection(LEVELS, required=True)
    trigger = fields.Text(string="Trigger", required=True)
    step_ids = fields.One2many("affairs.emergency.plan.step", "level_id", "Steps")
    step_count = fields.Integer(compute="_compute_step_count")

    _level_unique = models.Constraint(
        "UNIQUE(plan_id, level)", "A plan has each response level only once."
    )

    @api.depends("step_ids")
    def _compute_step_count(self):
        for level in self:
            level.step_count = len(level.step_ids)

    @api.depends("level", "plan_id")
    def _compute_display_name(self):
        labels = dict(self._fields["level"]._description_selection(self.env))
        for level in self:
            level.display_name = labels.get(level.level, "")

    def _prepare_copy_vals(self, plan, role_map):
        """Values of this level in ``plan``, its steps acting through ``role_map``."""
        self.ensure_one()
        return {
            "plan_id": plan.id,
            "level": self.level,
            "trigger": self.trigger,
            "step_ids": [
                Command.create(
                    {
                        "sequence": step.sequence,
                        "name": step.name,
                        "role_id": role_map.get(step.role_id, step.role_id).id,
                        "time_limit_minutes": step.time_limit_minutes,
                    }
                )
                for step in self.step_ids
            ],
        }
