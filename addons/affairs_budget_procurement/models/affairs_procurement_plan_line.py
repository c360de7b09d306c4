# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

# Default 支出经济分类 of an item's kind: 31002 办公设备购置 for goods, 30227
# 委托业务费 for services, 31006 大型修缮 for works; editable per item.
CLASSIFICATION_OF_KIND = {"goods": "31002", "services": "30227", "works": "31006"}


class AffairsProcurementPlanLine(models.Model):
    """A plan item is the document the budget sees: one commitment each."""

    _name = "affairs.procurement.plan.line"
    _inherit = ["affairs.procurement.plan.line", "affairs.budget.hook"]

    affairs_budget_classification_id = fields.Many2one(
        "affairs.budget.classification",
        string="Economic Classification",
        compute="_compute_affairs_budget_classification_id",
        store=True,
        readonly=False,
        help="Budget line the item commits when its plan is approved.",
    )

    @api.depends("kind")
    def _compute_affairs_budget_classification_id(self):
        codes = set(CLASSIFICATION_OF_KIND.values())
        by_code = {
            classification.code: classification
            for classification in self.env["affairs.budget.classification"].search(
                [("code", "in", list(codes))]
            )
        }
        for line in self:
            line.affairs_budget_classification_id = by_code.get(
                CLASSIFICATION_OF_KIND.get(line.kind)
            )

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook): the plan's agency, for the month
        # the item is expected; settled by the bills of its purchase orders.
        return [
            {
                "record": line,
                "agency": line.agency_id,
                "classification": line.affairs_budget_classification_id.code,
                "date": line.date_expected_start or fields.Date.context_today(line),
                "amount": line.budget_amount,
                "moves": line.project_ids.purchase_order_id.invoice_ids,
            }
            for line in self
            if line.affairs_budget_classification_id
        ]

    def _affairs_budget_exceptions(self, values):
        """A manager's overrun exception on the plan covers its items."""
        found = super()._affairs_budget_exceptions(values)
        lines = self.browse(
            [
                value["record"].id
                for value in values
                if value["record"]._name == self._name
            ]
        )
        if not lines:
            return found
        # sudo: the exception is the manager's; the check must see it.
        exceptions = (
            self.env["affairs.exception"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "affairs.procurement.plan"),
                    ("res_id", "in", lines.plan_id.ids),
                    ("rule_code", "=", "budget_overrun"),
                ]
            )
        )
        by_plan = {exception.res_id: exception.id for exception in exceptions}
        for line in lines:
            if line.plan_id.id in by_plan:
                found.setdefault((self._name, line.id), by_plan[line.plan_id.id])
        return found
