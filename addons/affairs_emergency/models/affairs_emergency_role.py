# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

ROLE_TYPES = [
    ("commander", "Commander-in-Chief"),
    ("deputy", "Deputy Commander"),
    ("office", "Emergency Office"),
    ("group", "Working Group"),
]


class AffairsEmergencyRole(models.Model):
    """A post of a plan's command structure (总指挥, 副总指挥, 办公室, 工作组)."""

    _name = "affairs.emergency.role"
    _description = "Emergency Command Role"
    _affairs_parent_field = "plan_id"
    # hr.mixin: the office links deputies without HR rights.
    _inherit = ["affairs.approval.line.mixin", "hr.mixin"]
    _order = "plan_id, sequence, id"
    _check_company_auto = True

    plan_id = fields.Many2one(
        "affairs.emergency.plan", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="plan_id.company_id", store=True)
    active = fields.Boolean(default=True)
    sequence = fields.Integer(default=10)
    role_type = fields.Selection(
        ROLE_TYPES, string="Role Type", required=True, default="group"
    )
    name = fields.Char(string="Role", required=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Holder",
        check_company=True,
        context={"active_test": False},
    )
    deputy_ids = fields.Many2many(
        "hr.employee",
        "affairs_emergency_role_deputy_rel",
        "role_id",
        "employee_id",
        string="Deputies",
        check_company=True,
    )
    phone_24h = fields.Char(string="24-hour Contact")
    duties = fields.Text()
    is_gap = fields.Boolean(string="Gap", compute="_compute_is_gap", store=True)
    gap_reason = fields.Char(compute="_compute_is_gap", store=True)

    @api.depends("employee_id", "employee_id.active")
    def _compute_is_gap(self):
        # Stored text: in the acting user's language, not English by default.
        env = self._affairs_in_user_lang().env
        for role in self:
            if not role.employee_id:
                reason = env._("No holder")
            elif not role.employee_id.active:
                reason = env._("Holder archived")
            else:
                reason = False
            role.is_gap = bool(reason)
            role.gap_reason = reason

    def _affairs_notified_users(self):
        """Users to alert when the plan is activated: holders, else their deputies."""
        users = self.env["res.users"]
        for role in self:
            holder = (
                role.employee_id if role.employee_id.active else role.deputy_ids[:1]
            )
            users |= holder.user_id
        return users
