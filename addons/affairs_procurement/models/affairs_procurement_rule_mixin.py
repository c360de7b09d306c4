# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount

from .affairs_procurement_method_rule import EVALUATION_METHODS

METHOD_CHANGE_RULE = "procurement_method_change"


class AffairsProcurementRuleMixin(models.AbstractModel):
    """What the rule tables say about a procurement project.

    Thresholds, the evaluation method and SME deduction a method allows, the
    statutory periods and the panel size, read from the threshold, method
    and period tables of the standards book, and the constraints they impose.
    The inheriting model provides ``kind``, ``method``, ``agency_id``,
    ``budget_amount``, ``price_weight``, ``date_issue``, ``date_bid_deadline``,
    ``date_evaluation`` and ``date_award_notice``, and inherits
    ``affairs.exception.mixin`` (the method-change exception).
    """

    _name = "affairs.procurement.rule.mixin"
    _description = "Procurement Rules"

    # The inheriting model relates it to its company's currency.
    currency_id = fields.Many2one("res.currency")
    open_tender_threshold = fields.Monetary(compute="_compute_thresholds")
    decentralized_limit = fields.Monetary(
        compute="_compute_thresholds", string="Procurement Limit"
    )
    evaluation_method = fields.Selection(
        EVALUATION_METHODS,
        required=True,
        compute="_compute_evaluation_method",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
    )
    sme_deduction_rate = fields.Float(
        string="SME Price Deduction (%)",
        compute="_compute_sme_deduction_rate",
        store=True,
        readonly=False,
        help="Deducted from small and micro enterprises' prices for evaluation.",
    )
    date_bid_deadline_min = fields.Date(
        compute="_compute_date_bid_deadline_min", string="Earliest Bid Deadline"
    )
    date_award_due = fields.Date(
        compute="_compute_statutory_dates", store=True, string="Award Notice Due"
    )
    date_challenge_end = fields.Date(
        compute="_compute_statutory_dates", store=True, string="Challenge Window Ends"
    )
    date_contract_deadline = fields.Date(
        compute="_compute_statutory_dates", store=True, string="Contract Deadline"
    )
    date_single_source_publicity = fields.Date(
        string="Single-source Publicity From",
        copy=False,
        tracking=True,
        help="First day of the single-source publicity (单一来源公示) on the "
        "designated media, required at or above the open-tender threshold.",
    )
    is_single_source_publicity_required = fields.Boolean(
        compute="_compute_is_single_source_publicity_required",
        string="Single-source Publicity Required",
    )

    # ------------------------------------------------------------------
    # Rules in force for each project
    # ------------------------------------------------------------------
    def _affairs_rule_reference(self):
        """``(date, company)`` whose rules govern the project.

        The issue date of the documents (today before they are issued): a
        local book taking effect later does not rule documents issued before.
        """
        self.ensure_one()
        return (
            self.date_issue or fields.Date.context_today(self),
            self.company_id or self.env.company,
        )

    def _affairs_rule_maps(self, model_name):
        """``{project: map}`` of ``model_name._get_map`` in force per project."""
        Model = self.env[model_name]
        maps, result = {}, {}
        for project in self:
            key = project._affairs_rule_reference()
            if key not in maps:
                maps[key] = Model._get_map(date=key[0], company=key[1])
            result[project] = maps[key]
        return result

    # ------------------------------------------------------------------
    # Computations from the rule tables
    # ------------------------------------------------------------------
    @api.depends("kind", "agency_id.affairs_level", "date_issue", "company_id")
    def _compute_thresholds(self):
        Threshold = self.env["affairs.procurement.threshold"]
        rule_maps = self._affairs_rule_maps("affairs.procurement.threshold")
        for project in self:
            level = project.agency_id.affairs_level
            project.open_tender_threshold = Threshold._find(
                rule_maps[project], "open_tender", project.kind, level
            ).amount
            project.decentralized_limit = Threshold._find(
                rule_maps[project], "decentralized_limit", project.kind, level
            ).amount

    @api.depends("method", "kind", "budget_amount", "agency_id.affairs_level")
    def _compute_is_single_source_publicity_required(self):
        for project in self:
            project.is_single_source_publicity_required = bool(
                project.method == "single_source"
                and project.open_tender_threshold
                and project._affairs_threshold_amount() >= project.open_tender_threshold
            )

    @api.depends("method", "kind", "date_issue", "company_id")
    def _compute_evaluation_method(self):
        rule_maps = self._affairs_rule_maps("affairs.procurement.method.rule")
        for project in self:
            rule = rule_maps[project].get((project.method, project.kind))
            allowed = rule.evaluation_methods if rule else "both"
            if allowed != "both":
                project.evaluation_method = allowed
            elif not project.evaluation_method:
                project.evaluation_method = "lowest_price"

    @api.depends("kind", "date_issue", "company_id")
    def _compute_sme_deduction_rate(self):
        Threshold = self.env["affairs.procurement.threshold"]
        rule_maps = self._affairs_rule_maps("affairs.procurement.threshold")
        for project in self:
            row = Threshold._find(
                rule_maps[project], "sme_price_deduction", project.kind, "all"
            )
            project.sme_deduction_rate = row.rate_min

    @api.depends("date_issue", "method", "kind", "company_id")
    def _compute_date_bid_deadline_min(self):
        Deadline = self.env["affairs.procurement.deadline"]
        rule_maps = self._affairs_rule_maps("affairs.procurement.method.rule")
        for project in self:
            rule = rule_maps[project].get((project.method, project.kind))
            project.date_bid_deadline_min = (
                Deadline._add_days(
                    project.date_issue,
                    rule.min_response_days,
                    rule.response_day_type,
                    project.company_id,
                )
                if rule
                else False
            )

    @api.depends("date_evaluation", "date_award_notice", "date_issue", "company_id")
    def _compute_statutory_dates(self):
        Deadline = self.env["affairs.procurement.deadline"]
        period_maps = self._affairs_rule_maps("affairs.procurement.deadline")
        for project in self:
            periods, company = period_maps[project], project.company_id
            report_due = Deadline._add(
                periods, "eval_report_to_purchaser", project.date_evaluation, company
            )
            confirm_due = Deadline._add(
                periods, "purchaser_confirms_winner", report_due, company
            )
            project.date_award_due = Deadline._add(
                periods, "award_notice", confirm_due, company
            )
            notice = project.date_award_notice
            project.date_challenge_end = Deadline._add(
                periods, "challenge_filing", notice, company
            )
            project.date_contract_deadline = Deadline._add(
                periods, "contract_signing", notice, company
            )

    # ------------------------------------------------------------------
    # Constraints of the rule tables
    # ------------------------------------------------------------------
    @api.constrains("method", "kind", "budget_amount", "agency_id")
    def _check_method(self):
        Threshold = self.env["affairs.procurement.threshold"]
        threshold_maps = self._affairs_rule_maps("affairs.procurement.threshold")
        rule_maps = self._affairs_rule_maps("affairs.procurement.method.rule")
        methods = dict(self._fields["method"]._description_selection(self.env))
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for project in self:
            rule = rule_maps[project].get((project.method, project.kind))
            if not rule or not rule.allowed:
                raise ValidationError(
                    self.env._(
                        "%(method)s cannot be used for %(kind)s.",
                        method=methods[project.method],
                        kind=kinds[project.kind],
                    )
                )
            threshold = Threshold._find(
                threshold_maps[project],
                "open_tender",
                project.kind,
                project.agency_id.affairs_level,
            )
            amount = project._affairs_threshold_amount()
            if amount > project.budget_amount:
                message = self.env._(
                    "%(name)s: the agency's items of this procurement item add up to "
                    "%(amount)s this year, at or above the open-tender threshold of "
                    "%(threshold)s; a purchase split into smaller ones (化整为零, "
                    "条例 Art.28) is still bought by open tender unless the finance "
                    "department approved a change of method.",
                    name=project.display_name,
                    amount=format_amount(self.env, amount, project.currency_id),
                    threshold=format_amount(
                        self.env, threshold.amount, project.currency_id
                    ),
                )
            else:
                message = self.env._(
                    "%(name)s: a budget of %(budget)s is at or above the open-tender "
                    "threshold of %(threshold)s; only open tender may be used unless "
                    "the finance department approved a change of method.",
                    name=project.display_name,
                    budget=format_amount(self.env, amount, project.currency_id),
                    threshold=format_amount(
                        self.env, threshold.amount, project.currency_id
                    ),
                )
            project._affairs_check_rule(
                METHOD_CHANGE_RULE,
                bool(threshold)
                and project.method != "open_tender"
                and amount >= threshold.amount,
                message,
            )

    @api.constrains("date_issue", "date_bid_deadline", "method", "kind")
    def _check_dates(self):
        for project in self:
            if project.date_bid_deadline and not project.date_issue:
                raise ValidationError(
                    self.env._("Set the issue date of the documents first.")
                )
            minimum = project.date_bid_deadline_min
            if (
                project.date_bid_deadline
                and minimum
                and project.date_bid_deadline < minimum
            ):
                raise ValidationError(
                    self.env._(
                        "%(name)s: the bid deadline %(deadline)s is shorter than the "
                        "statutory period after issue on %(issue)s; it must be on or "
                        "after %(minimum)s.",
                        name=project.display_name,
                        deadline=project.date_bid_deadline,
                        issue=project.date_issue,
                        minimum=minimum,
                    )
                )

    @api.constrains("evaluation_method", "price_weight", "method", "kind")
    def _check_evaluation_method(self):
        rule_maps = self._affairs_rule_maps("affairs.procurement.method.rule")
        for project in self:
            rule = rule_maps[project].get((project.method, project.kind))
            if not rule:
                continue
            if rule.evaluation_methods not in ("both", project.evaluation_method):
                raise ValidationError(
                    self.env._(
                        "%(name)s: this method requires another evaluation method.",
                        name=project.display_name,
                    )
                )
            weight = project.price_weight
            if project.evaluation_method == "comprehensive" and not (
                rule.price_weight_min <= weight <= rule.price_weight_max
            ):
                raise ValidationError(
                    self.env._(
                        "%(name)s: the price weight must lie between %(low)s%% and "
                        "%(high)s%% for this method and kind.",
                        name=project.display_name,
                        low=rule.price_weight_min,
                        high=rule.price_weight_max,
                    )
                )

    @api.constrains("sme_deduction_rate", "kind")
    def _check_sme_deduction_rate(self):
        Threshold = self.env["affairs.procurement.threshold"]
        rule_maps = self._affairs_rule_maps("affairs.procurement.threshold")
        for project in self:
            row = Threshold._find(
                rule_maps[project], "sme_price_deduction", project.kind, "all"
            )
            if row and not row.rate_min <= project.sme_deduction_rate <= row.rate_max:
                raise ValidationError(
                    self.env._(
                        "The SME price deduction must lie between %(low)s%% and "
                        "%(high)s%%.",
                        low=row.rate_min,
                        high=row.rate_max,
                    )
                )

    def _check_single_source_publicity(self):
        """单一来源公示 (条例 Art.38): at or above the open-tender threshold, a
        single-source purchase is published for the statutory period (5
        working days) before it is submitted for approval."""
        self.ensure_one()
        if not self.is_single_source_publicity_required:
            return
        start = self.date_single_source_publicity
        if not start:
            raise UserError(
                self.env._(
                    "%(name)s: a single-source purchase at or above the open-tender "
                    "threshold is published (单一来源公示) before it is submitted "
                    "for approval; set the first day of the publicity.",
                    name=self.display_name,
                )
            )
        Deadline = self.env["affairs.procurement.deadline"]
        periods = self._affairs_rule_maps("affairs.procurement.deadline")[self]
        end = Deadline._add(periods, "single_source_publicity", start, self.company_id)
        if end and fields.Date.context_today(self) < end:
            raise UserError(
                self.env._(
                    "%(name)s: the single-source publicity from %(start)s lasts "
                    "%(days)s working days; submit it on %(end)s or later.",
                    name=self.display_name,
                    start=start,
                    days=periods["single_source_publicity"][0],
                    end=end,
                )
            )

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _affairs_threshold_amount(self):
        """Amount compared with the open-tender threshold: the budget, or more
        where purchases of the same item are judged together (化整为零)."""
        self.ensure_one()
        return self.budget_amount

    def _get_panel_size(self):
        self.ensure_one()
        rule = self._affairs_rule_maps("affairs.procurement.method.rule")[self].get(
            (self.method, self.kind)
        )
        size = rule.min_panel_size if rule else 3
        Threshold = self.env["affairs.procurement.threshold"]
        seven = Threshold._find(
            self._affairs_rule_maps("affairs.procurement.threshold")[self],
            "panel_seven",
            self.kind,
            "all",
        )
        if seven and self.budget_amount >= seven.amount and size > 1:
            size = max(size, 7)
        return size

    @api.model
    def _suggest_method(self, kind, amount, agency, date=None, company=None):
        """Open tender at or above the threshold, else a simpler method."""
        Threshold = self.env["affairs.procurement.threshold"]
        row = Threshold._find(
            Threshold._get_map(date=date, company=company),
            "open_tender",
            kind,
            agency.affairs_level,
        )
        if row and amount >= row.amount:
            return "open_tender"
        return {"goods": "inquiry", "services": "competitive_consultation"}.get(
            kind, "competitive_consultation"
        )
