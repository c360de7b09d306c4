# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.affairs_base.models.affairs_input import check_input
from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)


class AffairsServiceInspection(models.Model):
    """The monthly inspection (督查) scoring a service contract.

    The officer records the defects found per checklist item; the item score
    is the points kept out of 100. The month's satisfaction survey enters
    with the contract's weight: score = item score × (1 − w) + survey × w
    (w = 0 when nobody answered). The scheme's deduction rules turn the score
    into the share of the monthly fee kept back; a manager other than the
    officer approves; the vendor bill is prepared with the payable amount.
    """

    _name = "affairs.service.inspection"
    _description = "Service Inspection"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.service.inspection"
    _order = "period desc, id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "survey_score",
        "survey_response_count",
        "bill_id",
    )
    _affairs_final_states = ("done", "rejected", "cancel")

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    contract_id = fields.Many2one(
        "affairs.service.contract",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain=[("state", "=", "running")],
    )
    period = fields.Date(
        required=True,
        tracking=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
        help="The month scored (its first day).",
    )
    partner_id = fields.Many2one(
        related="contract_id.partner_id", store=True, string="Contractor"
    )
    service_type = fields.Selection(related="contract_id.service_type", store=True)
    agency_id = fields.Many2one(
        related="contract_id.agency_id", store=True, string="Paying Agency"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    inspector_id = fields.Many2one(
        "res.users", string="Inspector", default=lambda self: self.env.user
    )
    line_ids = fields.One2many(
        "affairs.service.inspection.line", "inspection_id", string="Items", copy=True
    )
    item_score = fields.Float(
        compute="_compute_scores",
        store=True,
        aggregator="avg",
        string="Checklist Score",
    )
    # Computed when the inspection is created and refreshed by
    # action_affairs_update_survey (and on submit): the answers of the month
    # are read in one grouped query, not written record by record.
    survey_score = fields.Float(
        string="Satisfaction (%)",
        compute="_compute_survey",
        store=True,
        copy=False,
        aggregator="avg",
    )
    survey_response_count = fields.Integer(
        string="Survey Answers", compute="_compute_survey", store=True, copy=False
    )
    survey_weight = fields.Float(
        string="Survey Weight (%)",
        compute="_compute_survey_weight",
        store=True,
        readonly=False,
    )
    score = fields.Float(compute="_compute_scores", store=True, aggregator="avg")
    monthly_fee = fields.Monetary(
        compute="_compute_monthly_fee", store=True, readonly=False
    )
    deduction_percent = fields.Float(
        string="Deduction (%)", compute="_compute_scores", store=True
    )
    deduction_amount = fields.Monetary(compute="_compute_scores", store=True)
    payable_amount = fields.Monetary(compute="_compute_scores", store=True)
    note = fields.Text(string="Findings")
    bill_id = fields.Many2one(
        "account.move", string="Vendor Bill", readonly=True, copy=False
    )
    state = fields.Selection(
        approval_states(("done", "Billed")),
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_affairs_group_expand_states",
    )

    _period_first_day = models.Constraint(
        "CHECK(EXTRACT(DAY FROM period) = 1)",
        "The period of an inspection is the first day of its month.",
    )
    _contract_period_uniq = models.UniqueIndex(
        "(contract_id, period) WHERE state NOT IN ('cancel', 'rejected')",
        "The month of this contract has already been inspected.",
    )
    _amounts_positive = models.Constraint(
        "CHECK(monthly_fee >= 0 AND survey_weight >= 0 AND survey_weight <= 100)",
        "The fee cannot be negative and the survey weight is between 0 and 100.",
    )

    @api.depends("contract_id", "period")
    def _compute_survey(self):
        results = self._affairs_survey_results()
        for inspection in self:
            average, count = results.get(inspection, (0.0, 0))
            inspection.survey_score = round(average, 2)
            inspection.survey_response_count = count

    @api.depends("contract_id")
    def _compute_survey_weight(self):
        for inspection in self:
            inspection.survey_weight = inspection.contract_id.survey_weight

    @api.depends("contract_id")
    def _compute_monthly_fee(self):
        for inspection in self:
            inspection.monthly_fee = inspection.contract_id.monthly_fee

    @api.depends(
        "line_ids.score",
        "line_ids.weight",
        "survey_score",
        "survey_response_count",
        "survey_weight",
        "monthly_fee",
        "contract_id.scheme_id.rule_ids.min_score",
        "contract_id.scheme_id.rule_ids.deduction_percent",
    )
    def _compute_scores(self):
        # The items of all inspections in one query: read through the loop,
        # they would come by prefetch batches of 1,000 (200 contracts of
        # some 6 items are two queries, 2,000 are twelve).
        self.line_ids._origin.fetch(["weight", "score"])
        for inspection in self:
            weight = sum(inspection.line_ids.mapped("weight"))
            points = sum(inspection.line_ids.mapped("score"))
            item_score = 100.0 * points / weight if weight else 0.0
            share = (
                inspection.survey_weight / 100.0
                if inspection.survey_response_count
                else 0.0
            )
            score = round(item_score * (1 - share) + inspection.survey_score * share, 2)
            scheme = inspection.contract_id.scheme_id
            percent = scheme._affairs_deduction_percent(score) if scheme else 0.0
            deduction = (
                inspection.currency_id.round(inspection.monthly_fee * percent / 100.0)
                if inspection.currency_id
                else round(inspection.monthly_fee * percent / 100.0, 2)
            )
            inspection.item_score = round(item_score, 2)
            inspection.score = score
            inspection.deduction_percent = percent
            inspection.deduction_amount = deduction
            inspection.payable_amount = inspection.monthly_fee - deduction

    @api.onchange("contract_id")
    def _onchange_contract_id(self):
        """A new inspection lists the items of its contract's scheme."""
        if self.state == "draft" and not self.line_ids:
            self.line_ids = [
                fields.Command.create(vals)
                for vals in self.contract_id.scheme_id._affairs_line_vals()
            ]

    @api.model_create_multi
    def create(self, vals_list):
        contracts = self.env["affairs.service.contract"].browse(
            [vals["contract_id"] for vals in vals_list if vals.get("contract_id")]
        )
        for vals in vals_list:
            if vals.get("period"):
                vals["period"] = self._affairs_first_of_month(vals["period"])
            if vals.get("contract_id") and "line_ids" not in vals:
                contract = contracts.browse(vals["contract_id"])
                vals["line_ids"] = [
                    fields.Command.create(line_vals)
                    for line_vals in contract.scheme_id._affairs_line_vals()
                ]
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("period"):
            vals = dict(vals, period=self._affairs_first_of_month(vals["period"]))
        return super().write(vals)

    @api.model
    def _affairs_first_of_month(self, value):
        """The first day of the month of ``value`` (checked first: a period
        typed wrong gets the suite's clear refusal, not a server error)."""
        check_input(self, [{"period": value}])
        return fields.Date.to_date(value).replace(day=1)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_affairs_update_survey(self):
        """Take the month's satisfaction answers into the score."""
        for inspection in self:
            if inspection.state != "draft":
                raise UserError(
                    self.env._(
                        "%(name)s has been submitted: its survey results are fixed.",
                        name=inspection.display_name,
                    )
                )
        names = ["survey_score", "survey_response_count"]
        for name in names:
            self.env.add_to_compute(self._fields[name], self)
        self.flush_recordset(names)
        # A recomputation does not tell the fields depending on it: the
        # score, deduction and payable amount follow the new figures.
        self.modified(names)
        self.flush_recordset()
        return True

    def action_submit(self):
        """Submit the scores for approval, with the month's survey results."""
        if not self.env.user.has_group("affairs_base.group_affairs_officer"):
            raise UserError(self.env._("Only bureau officers score contracts."))
        for inspection in self:
            if not inspection.line_ids:
                raise UserError(
                    self.env._(
                        "%(name)s has no checklist items to score.",
                        name=inspection.display_name,
                    )
                )
        self.filtered(lambda i: i.state == "draft").action_affairs_update_survey()
        return super().action_submit()

    def action_affairs_create_bill(self):
        """Prepare the contractor's vendor bill with the payable amount."""
        self._affairs_check_desk()
        for inspection in self:
            if inspection.state != "approved" or inspection.bill_id:
                raise UserError(
                    self.env._(
                        "Only an approved inspection not yet billed can be "
                        "billed: %(name)s.",
                        name=inspection.display_name,
                    )
                )
        # sudo: bureau officers prepare the bill without accounting rights;
        # it stays a draft for the accountants to check and post.
        moves = (
            self.env["account.move"]
            .sudo()
            .create([inspection._affairs_prepare_bill_vals() for inspection in self])
        )
        for inspection, move in zip(self, moves, strict=True):
            inspection._affairs_transition_write({"bill_id": move.id, "state": "done"})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Vendor Bills"),
            "res_model": "account.move",
            "view_mode": "list,form",
            "domain": [("id", "in", moves.ids)],
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _affairs_period_end(self):
        self.ensure_one()
        return self.period + relativedelta(months=1, days=-1)

    def _affairs_survey_results(self):
        """{inspection: (average score %, answers)} of the surveys of their
        contracts in their months, in one grouped query."""
        inspections = self.filtered(lambda i: i.contract_id.survey_id and i.period)
        if not inspections:
            return {}
        start = min(inspections.mapped("period"))
        end = max(inspections.mapped("period")) + relativedelta(months=1)
        # sudo: officers scoring a contract read the answers' scores only,
        # not the answers of the staff (anonymous to them).
        groups = (
            self.env["survey.user_input"]
            .sudo()
            ._read_group(
                [
                    ("survey_id", "in", inspections.contract_id.survey_id.ids),
                    ("state", "=", "done"),
                    ("create_date", ">=", datetime.combine(start, datetime.min.time())),
                    ("create_date", "<", datetime.combine(end, datetime.min.time())),
                ],
                ["survey_id", "create_date:month"],
                ["scoring_percentage:avg", "__count"],
            )
        )
        by_month = {}
        for survey, month, average, count in groups:
            month = month.date() if isinstance(month, datetime) else month
            by_month[survey.id, month] = (average or 0.0, count)
        return {
            inspection: by_month[key]
            for inspection in inspections
            if (key := (inspection.contract_id.survey_id.id, inspection.period))
            in by_month
        }

    def _affairs_prepare_bill_vals(self):
        self.ensure_one()
        Move = self.env["account.move"]
        label = self.env._(
            "%(contract)s %(title)s, %(month)s: fee %(fee)s, score %(score)s, "
            "deduction %(deduction)s",
            contract=self.contract_id.name,
            title=self.contract_id.title,
            month=self.period.strftime("%Y-%m"),
            fee=self.monthly_fee,
            score=self.score,
            deduction=self.deduction_amount,
        )
        return Move._affairs_prepare_move_vals(
            "in_invoice",
            self.partner_id,
            self.company_id,
            [
                Move._affairs_invoice_line_vals(
                    label, self.payable_amount, self.agency_id
                )
            ],
            date=self._affairs_period_end(),
            ref=self.name,
            invoice_origin=self.contract_id.name,
        )

    def _affairs_budget_values(self):
        # Budget control: 30209 物业管理费 of the paying agency, when approved.
        return [
            {
                "record": inspection,
                "agency": inspection.agency_id,
                "classification": "30209",
                "date": inspection.period,
                "amount": inspection.payable_amount,
                "moves": inspection.bill_id,
            }
            for inspection in self
        ]
