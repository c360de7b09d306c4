# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_procurement_threshold import KINDS

FUNDING_SOURCES = [
    ("budget", "General budget (一般公共预算)"),
    ("fund", "Government fund (政府性基金)"),
    ("special", "Special transfer (专项资金)"),
    ("own", "Own revenue (单位自有资金)"),
]
MONTHS = [(str(month), str(month)) for month in range(1, 13)]


class AffairsProcurementPlanLine(models.Model):
    """One item of a procurement plan, with its procurement intention (采购意向)."""

    _name = "affairs.procurement.plan.line"
    _description = "Procurement Plan Item"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "plan_id"
    _order = "plan_id, sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    plan_id = fields.Many2one(
        "affairs.procurement.plan", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(string="Item", required=True)
    kind = fields.Selection(KINDS, required=True, default="goods")
    budget_amount = fields.Monetary(string="Budget", required=True)
    funding_source = fields.Selection(FUNDING_SOURCES, default="budget", required=True)
    expected_month = fields.Selection(MONTHS, string="Expected Month", required=True)
    is_catalogue = fields.Boolean(
        string="In Centralized Catalogue", help="集中采购目录: bought centrally."
    )
    date_intention = fields.Date(
        string="Intention Published On",
        help="Date the procurement intention (采购意向) was published.",
    )
    date_expected_start = fields.Date(
        compute="_compute_date_expected_start", store=True, string="Expected Start"
    )
    project_ids = fields.One2many(
        "affairs.procurement.project", "plan_line_id", string="Projects"
    )
    project_count = fields.Integer(compute="_compute_project_count")
    agency_id = fields.Many2one(related="plan_id.agency_id", store=True, index=True)
    year = fields.Integer(related="plan_id.year", store=True)
    state = fields.Selection(related="plan_id.state", store=True, string="Plan Status")
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="plan_id.currency_id")

    _budget_positive = models.Constraint(
        "CHECK(budget_amount > 0)", "The budget of a plan item must be positive."
    )

    @api.depends("plan_id.year", "expected_month")
    def _compute_date_expected_start(self):
        for line in self:
            line.date_expected_start = line._get_expected_start()

    def _get_expected_start(self):
        self.ensure_one()
        if self.plan_id.year and self.expected_month:
            return date(self.plan_id.year, int(self.expected_month), 1)
        return False

    def _compute_project_count(self):
        data = self.env["affairs.procurement.project"]._read_group(
            [("plan_line_id", "in", self.ids)], ["plan_line_id"], ["__count"]
        )
        counts = {line.id: count for line, count in data}
        for line in self:
            line.project_count = counts.get(line.id, 0)

    @api.constrains("date_intention", "expected_month", "plan_id")
    def _check_intention_notice(self):
        lines = self.filtered("date_intention")
        if not lines:
            return
        Deadline = self.env["affairs.procurement.deadline"]
        for line in lines:
            # The period in force on the day the intention was published.
            periods = Deadline._get_map(
                date=line.date_intention, company=line.company_id
            )
            earliest = Deadline._add(
                periods, "intention_disclosure", line.date_intention, line.company_id
            )
            start = line._get_expected_start()
            if earliest and start and start < earliest:
                raise ValidationError(
                    self.env._(
                        "The intention for %(item)s must be published at least "
                        "%(days)s days before procurement starts (%(start)s): "
                        "procurement may start on %(earliest)s at the earliest.",
                        item=line.name,
                        days=periods["intention_disclosure"][0],
                        start=start,
                        earliest=earliest,
                    )
                )

    def action_create_project(self):
        """Create the procurement project of each approved item."""
        for line in self:
            if line.state != "approved":
                raise UserError(
                    self.env._(
                        "Only items of an approved plan become projects: %(item)s.",
                        item=line.name,
                    )
                )
            if line.project_ids.filtered(lambda project: project.state != "cancel"):
                raise UserError(
                    self.env._("%(item)s already has a project.", item=line.name)
                )
        projects = self.env["affairs.procurement.project"].create(
            [line._prepare_project_vals() for line in self]
        )
        if len(projects) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "affairs.procurement.project",
                "res_id": projects.id,
                "view_mode": "form",
            }
        return {
            "type": "ir.actions.act_window",
            "res_model": "affairs.procurement.project",
            "view_mode": "list,form",
            "domain": [("id", "in", projects.ids)],
        }

    def _prepare_project_vals(self):
        self.ensure_one()
        return {
            "title": self.name,
            "plan_line_id": self.id,
            "agency_id": self.agency_id.id,
            "kind": self.kind,
            "budget_amount": self.budget_amount,
            "is_catalogue": self.is_catalogue,
            "company_id": self.company_id.id,
            "method": self.env["affairs.procurement.project"]._suggest_method(
                self.kind,
                self.budget_amount,
                self.agency_id,
                date=fields.Date.context_today(self),
                company=self.company_id,
            ),
        }
