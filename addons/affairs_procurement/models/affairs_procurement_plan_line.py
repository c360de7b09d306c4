# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    affairs_mechanism,
    in_affairs_mechanism,
)

from .affairs_procurement_threshold import KINDS

FUNDING_SOURCES = [
    ("budget", "General budget (一般公共预算)"),
    ("fund", "Government fund (政府性基金)"),
    ("special", "Special transfer (专项资金)"),
    ("own", "Own revenue (单位自有资金)"),
]
MONTHS = [(str(month), str(month)) for month in range(1, 13)]
LINE_STATES = [
    ("draft", "Draft"),
    ("submitted", "Waiting Approval"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("cancel", "Cancelled"),
]
# Set only by the item's approval actions.
DECISION_FIELDS = ("decision", "decided_by_id", "decision_note")


class AffairsProcurementPlanLine(models.Model):
    """One item of a procurement plan, with its procurement intention (采购意向).

    Items are approved one by one while their plan waits for approval (an
    approved item may become a project before the rest of the plan is
    decided); approving the plan approves the items not refused. Items of
    the same agency, year and procurement item (品目) are judged together
    against the open-tender threshold (化整为零), and the agency's yearly
    reservation for small and medium enterprises (预留份额) against the
    shares of the rule tables.
    """

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
    categ_id = fields.Many2one(
        "product.category",
        string="Procurement Item",
        help="Item or class of the procurement catalogue (品目). Items of one "
        "agency and year in the same procurement item are added up against the "
        "open-tender threshold: a purchase split to stay below it (化整为零) "
        "is still bought by open tender.",
    )
    catalogue_year_amount = fields.Monetary(
        compute="_compute_catalogue_year_amount",
        string="Same Item This Year",
        help="Budget of the agency's plan items of this year in the same "
        "procurement item, this one included.",
    )
    sme_suitable = fields.Boolean(
        string="Suitable for SMEs",
        default=True,
        help="Suits small and medium enterprises (适宜由中小企业提供); else give "
        "the statutory ground (财库〔2020〕46号第六条).",
    )
    sme_exemption_reason = fields.Char(string="Ground for No Reservation")
    sme_reserved_amount = fields.Monetary(
        string="Reserved for SMEs",
        compute="_compute_sme_reserved_amount",
        store=True,
        readonly=False,
        precompute=True,
        help="Share of the budget bought from small and medium enterprises only "
        "(预留份额). Proposed from the rule tables: all of a small item, the "
        "statutory share of a larger one.",
    )
    sme_micro_amount = fields.Monetary(
        string="Of Which Small and Micro",
        compute="_compute_sme_reserved_amount",
        store=True,
        readonly=False,
        precompute=True,
    )
    decision = fields.Selection(
        [("approved", "Approved"), ("rejected", "Rejected")],
        string="Item Decision",
        readonly=True,
        copy=False,
        help="Decision on this item while its plan waits for approval.",
    )
    decided_by_id = fields.Many2one(
        "res.users", string="Decided By", readonly=True, copy=False
    )
    decision_note = fields.Char(string="Decision Note", readonly=True, copy=False)
    project_ids = fields.One2many(
        "affairs.procurement.project", "plan_line_id", string="Projects"
    )
    project_count = fields.Integer(compute="_compute_project_count")
    agency_id = fields.Many2one(related="plan_id.agency_id", store=True, index=True)
    year = fields.Integer(related="plan_id.year", store=True)
    state = fields.Selection(
        LINE_STATES,
        compute="_compute_state",
        store=True,
        index=True,
        string="Status",
    )
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="plan_id.currency_id")

    _budget_positive = models.Constraint(
        "CHECK(budget_amount > 0)", "The budget of a plan item must be positive."
    )

    # ------------------------------------------------------------------
    # Compute methods
    # ------------------------------------------------------------------
    @api.depends("plan_id.state", "decision")
    def _compute_state(self):
        for line in self:
            plan_state = line.plan_id.state or "draft"
            if line.decision == "rejected" and plan_state in ("submitted", "approved"):
                line.state = "rejected"
            elif plan_state == "submitted":
                line.state = line.decision or "submitted"
            else:
                line.state = plan_state

    @api.depends("budget_amount", "kind", "sme_suitable", "expected_month")
    def _compute_sme_reserved_amount(self):
        for line in self:
            required = line._get_sme_required_amount()
            line.sme_reserved_amount = required
            line.sme_micro_amount = required * line._get_sme_rate("sme_micro_share")

    def _compute_catalogue_year_amount(self):
        totals = self._get_catalogue_year_totals()
        for line in self:
            key = (line.agency_id, line.year, line.categ_id, line.kind)
            line.catalogue_year_amount = (
                totals.get(key, 0.0) if line.categ_id else line.budget_amount
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

    @api.constrains("sme_reserved_amount", "sme_micro_amount", "budget_amount")
    def _check_sme_amounts(self):
        for line in self:
            if not (
                0 <= line.sme_micro_amount <= line.sme_reserved_amount
                and line.sme_reserved_amount <= line.budget_amount
            ):
                raise ValidationError(
                    self.env._(
                        "%(item)s: the SME reservation lies between 0 and the budget, "
                        "and its small and micro part within the reservation.",
                        item=line.name,
                    )
                )

    # ------------------------------------------------------------------
    # CRUD: the decision fields belong to the approval actions
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not (self.env.su or in_affairs_mechanism()):
            for vals in vals_list:
                if any(vals.get(name) for name in DECISION_FIELDS):
                    raise UserError(
                        self.env._("A new plan item has not been decided yet.")
                    )
        return super().create(vals_list)

    def write(self, vals):
        if not (self.env.su or in_affairs_mechanism()):
            if {"decision", "decided_by_id"} & set(vals):
                raise UserError(
                    self.env._(
                        "Plan items are approved or rejected through their actions."
                    )
                )
            if "decision_note" in vals:
                self.plan_id._check_item_reviewer()
        return super().write(vals)

    def _affairs_line_check_write(self, vals):
        # The decision note is the reviewer's while the plan is submitted
        # (checked in write()), not a field of the locked line.
        vals = {name: value for name, value in vals.items() if name != "decision_note"}
        return super()._affairs_line_check_write(vals)

    # ------------------------------------------------------------------
    # Rules of the rule tables
    # ------------------------------------------------------------------
    def _affairs_threshold_maps(self):
        """``{line: threshold map}`` in force on each item's expected start."""
        Threshold = self.env["affairs.procurement.threshold"]
        today = fields.Date.context_today(self)
        maps, result = {}, {}
        for line in self:
            key = (
                line._get_expected_start() or today,
                line.company_id or self.env.company,
            )
            if key not in maps:
                maps[key] = Threshold._get_map(date=key[0], company=key[1])
            result[line] = maps[key]
        return result

    def _find_threshold(self, rule_map, threshold_type):
        self.ensure_one()
        return self.env["affairs.procurement.threshold"]._find(
            rule_map, threshold_type, self.kind, self.agency_id.affairs_level
        )

    def _get_sme_rate(self, threshold_type, rule_map=None):
        """Minimum rate of ``threshold_type`` as a fraction (0.3 for 30%)."""
        self.ensure_one()
        if rule_map is None:
            rule_map = self._affairs_threshold_maps()[self]
        return self._find_threshold(rule_map, threshold_type).rate_min / 100.0

    def _get_sme_required_amount(self, rule_map=None):
        """What 财库〔2020〕46号第八条 reserves of this item for SMEs: all of an
        item up to the full-reservation amount, the statutory share above."""
        self.ensure_one()
        if not self.sme_suitable or not self.budget_amount:
            return 0.0
        if rule_map is None:
            rule_map = self._affairs_threshold_maps()[self]
        full = self._find_threshold(rule_map, "sme_full_reservation")
        if full and self.budget_amount <= full.amount:
            return self.budget_amount
        return self.budget_amount * self._get_sme_rate(
            "sme_reservation_share", rule_map
        )

    def _get_catalogue_year_totals(self):
        """``{(agency, year, item, kind): budget}`` of the items still live."""
        lines = self.filtered("categ_id")
        if not lines:
            return {}
        groups = self.env["affairs.procurement.plan.line"]._read_group(
            [
                ("agency_id", "in", lines.agency_id.ids),
                ("year", "in", list(set(lines.mapped("year")))),
                ("categ_id", "in", lines.categ_id.ids),
                ("state", "not in", ("rejected", "cancel")),
            ],
            ["agency_id", "year", "categ_id", "kind"],
            ["budget_amount:sum"],
        )
        return {
            (agency, year, categ, kind): total
            for agency, year, categ, kind, total in groups
        }

    def _check_sme_reservation(self):
        """The agency's yearly reservation (预留份额), judged on its total.

        Over the agency's items of the year (submitted or approved, and the
        items at hand) the reserved amount reaches what 财库〔2020〕46号
        第八条 asks of each item added up, and small and micro enterprises
        get their share of it: an agency may reserve more on one item and
        less on another (统筹), not less in all.
        """
        keys = {(line.agency_id, line.year, line.company_id) for line in self}
        for agency, year, company in keys:
            lines = self.search(
                [
                    ("agency_id", "=", agency.id),
                    ("year", "=", year),
                    ("company_id", "=", company.id),
                    ("state", "in", ("submitted", "approved")),
                ]
            ) | self.filtered(
                lambda line, agency=agency, year=year: (
                    line.agency_id == agency
                    and line.year == year
                    and line.state not in ("rejected", "cancel")
                )
            )
            maps = lines._affairs_threshold_maps()
            required = sum(line._get_sme_required_amount(maps[line]) for line in lines)
            reserved = sum(lines.mapped("sme_reserved_amount"))
            micro_required = sum(
                line.sme_reserved_amount
                * line._get_sme_rate("sme_micro_share", maps[line])
                for line in lines
            )
            micro = sum(lines.mapped("sme_micro_amount"))
            currency = company.currency_id
            if currency.compare_amounts(reserved, required) < 0:
                raise UserError(
                    self.env._(
                        "%(agency)s reserves %(reserved)s for small and medium "
                        "enterprises in %(year)s; its items need at least "
                        "%(required)s (预留份额, 财库〔2020〕46号第八条).",
                        agency=agency.display_name,
                        year=year,
                        reserved=format_amount(self.env, reserved, currency),
                        required=format_amount(self.env, required, currency),
                    )
                )
            if currency.compare_amounts(micro, micro_required) < 0:
                raise UserError(
                    self.env._(
                        "%(agency)s reserves %(micro)s of its SME share for small "
                        "and micro enterprises in %(year)s; at least "
                        "%(required)s are needed.",
                        agency=agency.display_name,
                        year=year,
                        micro=format_amount(self.env, micro, currency),
                        required=format_amount(self.env, micro_required, currency),
                    )
                )

    def _check_sme_grounds(self):
        missing = self.filtered(
            lambda line: not line.sme_suitable and not line.sme_exemption_reason
        )
        if missing:
            raise UserError(
                self.env._(
                    "Give the ground why %(items)s cannot be reserved for small and "
                    "medium enterprises.",
                    items=", ".join(missing.mapped("name")),
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_approve_item(self):
        """Approve items one by one while their plan waits for approval."""
        self = self._affairs_in_user_lang()
        self.plan_id._check_item_reviewer()
        for line in self:
            if line.state != "submitted":
                raise UserError(
                    self.env._("%(item)s is not waiting for approval.", item=line.name)
                )
        self._check_sme_grounds()
        self._check_sme_reservation()
        self._affairs_decide("approved")
        return True

    def action_reject_item(self):
        """Refuse items of a plan waiting for approval, with a note."""
        self = self._affairs_in_user_lang()
        self.plan_id._check_item_reviewer()
        for line in self:
            if line.state not in ("submitted", "approved") or line.project_ids:
                raise UserError(
                    self.env._("%(item)s can no longer be rejected.", item=line.name)
                )
            if not line.decision_note:
                raise UserError(
                    self.env._(
                        "Write why %(item)s is rejected in its decision note.",
                        item=line.name,
                    )
                )
        self._affairs_decide("rejected")
        return True

    def action_open_reject_item(self):
        """The dialog where the manager gives the reason of a rejection."""
        if len(self) != 1:
            raise UserError(self.env._("Reject the items one at a time."))
        self.plan_id._check_item_reviewer()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject Item"),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [
                (
                    self.env.ref(
                        "affairs_procurement.affairs_procurement_plan_line_view_form_reject"
                    ).id,
                    "form",
                )
            ],
            "target": "new",
        }

    def _affairs_decide(self, decision):
        with affairs_mechanism():
            self.write({"decision": decision, "decided_by_id": self.env.uid})
        labels = dict(self._fields["decision"]._description_selection(self.env))
        for line in self:
            line.plan_id.message_post(
                body=Markup("%s<br/>%s")
                % (
                    self.env._(
                        "%(item)s: %(decision)s.",
                        item=line.name,
                        decision=labels[decision],
                    ),
                    line.decision_note or "",
                )
            )

    def action_create_project(self):
        """Create the procurement project of each approved item."""
        self = self._affairs_in_user_lang()
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
            # Items of the same procurement item this year count together.
            "method": self.env["affairs.procurement.project"]._suggest_method(
                self.kind,
                max(self.budget_amount, self.catalogue_year_amount),
                self.agency_id,
                date=fields.Date.context_today(self),
                company=self.company_id,
            ),
        }
