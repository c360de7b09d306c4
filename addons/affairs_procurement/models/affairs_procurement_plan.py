# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    affairs_mechanism,
    approval_states,
)

PLAN_STATES = approval_states()


class AffairsProcurementPlan(models.Model):
    """An agency's annual government procurement plan (政府采购实施计划).

    The agency drafts it, the procurement management (an Affairs Manager)
    approves it; approved lines become procurement projects run by the
    procurement centre (execution).
    """

    _name = "affairs.procurement.plan"
    _description = "Procurement Plan"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.procurement.plan"
    _order = "year desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
        check_company=True,
    )
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    line_ids = fields.One2many(
        "affairs.procurement.plan.line", "plan_id", string="Items", copy=True
    )
    line_count = fields.Integer(compute="_compute_line_count", string="Items Count")
    budget_total = fields.Monetary(
        compute="_compute_totals", store=True, string="Total Budget"
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    note = fields.Text()
    state = fields.Selection(
        PLAN_STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
    )

    _year_positive = models.Constraint(
        "CHECK(year > 2000 AND year < 2200)", "The plan year is not valid."
    )

    @api.depends("line_ids.budget_amount")
    def _compute_totals(self):
        for plan in self:
            plan.budget_total = sum(plan.line_ids.mapped("budget_amount"))

    @api.depends("line_ids")
    def _compute_line_count(self):
        for plan in self:
            plan.line_count = len(plan.line_ids)

    @api.constrains("agency_id")
    def _check_agency(self):
        for plan in self:
            if not plan.agency_id.is_affairs_agency:
                raise ValidationError(
                    self.env._("A procurement plan belongs to a served agency.")
                )

    def _affairs_check_submit(self):
        self.ensure_one()
        if not self.line_ids:
            raise UserError(
                self.env._("Plan %(name)s has no item to submit.", name=self.name)
            )
        self.line_ids._check_sme_grounds()
        self.line_ids._check_sme_reservation()

    def _check_item_reviewer(self):
        """Who decides on the items: an approver of the plan's current step."""
        for plan in self:
            plan._affairs_check_can_review()

    def action_draft(self):
        """A plan back in draft is decided again, item by item."""
        result = super().action_draft()
        with affairs_mechanism():
            self.line_ids.write(
                {"decision": False, "decided_by_id": False, "decision_note": False}
            )
        return result

    def _affairs_check_can_review(self):
        """Execution never approves (管采分离): executors who are not managers
        never approve."""
        super()._affairs_check_can_review()
        user = self.env.user
        if user.has_group(
            "affairs_procurement.group_procurement_executor"
        ) and not user.has_group("affairs_base.group_affairs_manager"):
            raise UserError(
                self.env._(
                    "Separation of management and execution: procurement "
                    "executors do not approve %(name)s.",
                    name=self.display_name,
                )
            )

    def action_view_projects(self):
        """Projects created from the plan's items."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Procurement Projects"),
            "res_model": "affairs.procurement.project",
            "view_mode": "list,form",
            "domain": [("plan_line_id", "in", self.line_ids.ids)],
        }
