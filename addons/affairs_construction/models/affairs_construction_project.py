# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

PROJECT_TYPES = [
    ("new_build", "New Build"),
    ("extension", "Extension"),
    ("major_renovation", "Major Renovation"),
    ("fit_out", "Fit-out"),
    ("infrastructure", "Infrastructure"),
]
PROJECT_STATES = [
    ("draft", "Preparation"),
    ("approved", "Approved"),
    ("construction", "Under Construction"),
    ("accepted", "Accepted"),
    ("closed", "Final Account Closed"),
    ("cancel", "Cancelled"),
]
ACCEPTANCE_RESULTS = [
    ("passed", "Passed"),
    ("passed_defects", "Passed with Defects to Fix"),
    ("failed", "Failed"),
]
# Plausibility bounds of the figures a user types (CNY).
MAX_AMOUNT = 1e11
MIN_DATE = date(1990, 1, 1)
MAX_DATE = date(2100, 12, 31)


def _rate(part, whole):
    """``part`` as a percentage of ``whole`` (0 when there is no whole)."""
    return part / whole * 100.0 if whole else 0.0


class AffairsConstructionProject(models.Model):
    """A construction project of the compound (基建工程), from its approval
    (立项批复) to its audited final account (竣工决算)."""

    _name = "affairs.construction.project"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _description = "Construction Project"
    _order = "approval_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        string="Reference", readonly=True, copy=False, default="/", index=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('is_affairs_agency', '=', True)]",
    )
    project_type = fields.Selection(
        PROJECT_TYPES, string="Type", required=True, default="major_renovation"
    )
    site = fields.Char(string="Site / Building", required=True)
    site_partner_id = fields.Many2one(
        "res.partner", string="Site Address", check_company=True
    )
    manager_id = fields.Many2one(
        "res.users", string="Project Officer", default=lambda self: self.env.user
    )
    description = fields.Text(string="Scope of Works")
    state = fields.Selection(
        PROJECT_STATES, default="draft", required=True, tracking=True, copy=False
    )
    # Project approval (立项批复)
    approval_number = fields.Char(string="Approval Document No.", tracking=True)
    approval_date = fields.Date(string="Approval Date", tracking=True)
    approval_body = fields.Char(string="Approving Body")
    # Investment figures, each with its approval
    estimate_amount = fields.Monetary(string="Investment Estimate", tracking=True)
    estimate_approval_number = fields.Char(string="Estimate Approval No.")
    estimate_approval_date = fields.Date(string="Estimate Approval Date")
    budget_estimate_amount = fields.Monetary(string="Budget Estimate", tracking=True)
    budget_estimate_approval_number = fields.Char(string="Budget Estimate Approval No.")
    budget_estimate_approval_date = fields.Date(string="Budget Estimate Approval Date")
    budget_amount = fields.Monetary(
        string="Construction Budget",
        tracking=True,
        help="Approved construction budget.",
    )
    budget_approval_number = fields.Char(string="Budget Approval No.")
    budget_approval_date = fields.Date(string="Budget Approval Date")
    funding_ids = fields.One2many(
        "affairs.construction.funding", "project_id", string="Funding Sources"
    )
    funding_amount = fields.Monetary(compute="_compute_funding_amount", store=True)
    analytic_account_id = fields.Many2one(
        "account.analytic.account",
        string="Analytic Account",
        readonly=True,
        copy=False,
        check_company=True,
    )
    # Schedule
    plan_start_date = fields.Date(string="Planned Start")
    plan_end_date = fields.Date(string="Planned Completion")
    start_date = fields.Date(string="Actual Start", readonly=True, copy=False)
    # Children
    review_ids = fields.One2many("affairs.construction.review", "project_id")
    contract_ids = fields.One2many("affairs.construction.contract", "project_id")
    milestone_ids = fields.One2many("affairs.construction.milestone", "project_id")
    progress_ids = fields.One2many("affairs.construction.progress", "project_id")
    change_ids = fields.One2many("affairs.construction.change", "project_id")
    payment_ids = fields.One2many("affairs.construction.payment", "project_id")
    defect_ids = fields.One2many("affairs.construction.defect", "project_id")
    # Figures rolled up from the children (stored: the dashboard groups them)
    contract_amount = fields.Monetary(compute="_compute_contract_figures", store=True)
    change_amount = fields.Monetary(compute="_compute_contract_figures", store=True)
    paid_amount = fields.Monetary(compute="_compute_contract_figures", store=True)
    change_ratio = fields.Float(
        string="Change Ratio (%)",
        compute="_compute_contract_figures",
        store=True,
        aggregator="avg",
        digits=(16, 2),
    )
    progress_percent = fields.Float(
        string="Progress (%)",
        compute="_compute_progress_percent",
        store=True,
        aggregator="avg",
        digits=(16, 1),
    )
    delay_days = fields.Integer(
        string="Delay (days)",
        compute="_compute_delay_days",
        store=True,
        aggregator="max",
        help="Largest delay of a milestone reached after its planned date.",
    )
    review_reduction_amount = fields.Monetary(
        string="Review Reduction", compute="_compute_review_reduction", store=True
    )
    # Completion acceptance (竣工验收)
    acceptance_date = fields.Date(tracking=True, copy=False)
    acceptance_committee = fields.Text(string="Acceptance Committee", copy=False)
    acceptance_result = fields.Selection(ACCEPTANCE_RESULTS, tracking=True, copy=False)
    # Final account (竣工决算)
    final_submitted_amount = fields.Monetary(
        string="Final Account Submitted", copy=False
    )
    final_amount = fields.Monetary(
        string="Audited Final Amount", tracking=True, copy=False
    )
    final_audit_date = fields.Date(string="Audit Date", copy=False)
    final_auditor = fields.Char(string="Auditor", copy=False)
    audit_reduction_amount = fields.Monetary(
        string="Audit Reduction", compute="_compute_final_figures", store=True
    )
    audit_reduction_rate = fields.Float(
        string="Audit Reduction Rate (%)",
        compute="_compute_final_figures",
        store=True,
        aggregator="avg",
        digits=(16, 2),
    )
    saving_amount = fields.Monetary(
        string="Saving vs Budget", compute="_compute_final_figures", store=True
    )
    saving_rate = fields.Float(
        string="Saving Rate vs Budget (%)",
        compute="_compute_final_figures",
        store=True,
        aggregator="avg",
        digits=(16, 2),
    )
    budget_estimate_saving_rate = fields.Float(
        string="Saving Rate vs Budget Estimate (%)",
        compute="_compute_final_figures",
        store=True,
        aggregator="avg",
        digits=(16, 2),
    )
    estimate_saving_rate = fields.Float(
        string="Saving Rate vs Investment Estimate (%)",
        compute="_compute_final_figures",
        store=True,
        aggregator="avg",
        digits=(16, 2),
    )
    contract_count = fields.Integer(compute="_compute_counts")
    change_count = fields.Integer(compute="_compute_counts")
    payment_count = fields.Integer(compute="_compute_counts")

    # ---- Compute methods ----
    @api.depends("funding_ids.amount")
    def _compute_funding_amount(self):
        for project in self:
            project.funding_amount = sum(project.funding_ids.mapped("amount"))

    @api.depends(
        "contract_ids.amount", "contract_ids.change_amount", "contract_ids.paid_amount"
    )
    def _compute_contract_figures(self):
        data = {
            project.id: (amount, change, paid)
            for project, amount, change, paid in self.env[
                "affairs.construction.contract"
            ]._read_group(
                [("project_id", "in", self.ids)],
                ["project_id"],
                ["amount:sum", "change_amount:sum", "paid_amount:sum"],
            )
        }
        for project in self:
            amount, change, paid = data.get(project.id, (0.0, 0.0, 0.0))
            project.contract_amount = amount
            project.change_amount = change
            project.paid_amount = paid
            project.change_ratio = _rate(change, amount)

    @api.depends("progress_ids.percent_complete", "progress_ids.state")
    def _compute_progress_percent(self):
        data = dict(
            self.env["affairs.construction.progress"]._read_group(
                [("project_id", "in", self.ids), ("state", "=", "certified")],
                ["project_id"],
                ["percent_complete:max"],
            )
        )
        for project in self:
            project.progress_percent = data.get(project, 0.0)

    @api.depends("milestone_ids.delay_days")
    def _compute_delay_days(self):
        data = dict(
            self.env["affairs.construction.milestone"]._read_group(
                [("project_id", "in", self.ids)], ["project_id"], ["delay_days:max"]
            )
        )
        for project in self:
            project.delay_days = max(data.get(project, 0) or 0, 0)

    @api.depends("review_ids.reduction_amount", "review_ids.state")
    def _compute_review_reduction(self):
        data = dict(
            self.env["affairs.construction.review"]._read_group(
                [("project_id", "in", self.ids), ("state", "=", "done")],
                ["project_id"],
                ["reduction_amount:sum"],
            )
        )
        for project in self:
            project.review_reduction_amount = data.get(project, 0.0)

    @api.depends(
        "final_amount",
        "final_submitted_amount",
        "budget_amount",
        "budget_estimate_amount",
        "estimate_amount",
    )
    def _compute_final_figures(self):
        for project in self:
            final = project.final_amount
            reduction = project.final_submitted_amount - final if final else 0.0
            project.audit_reduction_amount = reduction
            project.audit_reduction_rate = (
                _rate(reduction, project.final_submitted_amount) if final else 0.0
            )
            project.saving_amount = project.budget_amount - final if final else 0.0
            project.saving_rate = (
                _rate(project.budget_amount - final, project.budget_amount)
                if final
                else 0.0
            )
            project.budget_estimate_saving_rate = (
                _rate(
                    project.budget_estimate_amount - final,
                    project.budget_estimate_amount,
                )
                if final
                else 0.0
            )
            project.estimate_saving_rate = (
                _rate(project.estimate_amount - final, project.estimate_amount)
                if final
                else 0.0
            )

    def _compute_counts(self):
        for field, model in (
            ("contract_count", "affairs.construction.contract"),
            ("change_count", "affairs.construction.change"),
            ("payment_count", "affairs.construction.payment"),
        ):
            data = dict(
                self.env[model]._read_group(
                    [("project_id", "in", self.ids)], ["project_id"], ["__count"]
                )
            )
            for project in self:
                project[field] = data.get(project, 0)

    # ---- Constraints ----
    @api.constrains(
        "estimate_amount",
        "budget_estimate_amount",
        "budget_amount",
        "final_amount",
        "final_submitted_amount",
    )
    def _check_amounts(self):
        for project in self:
            figures = (
                project.estimate_amount,
                project.budget_estimate_amount,
                project.budget_amount,
                project.final_amount,
                project.final_submitted_amount,
            )
            if any(value < 0 for value in figures):
                raise ValidationError(
                    self.env._("Investment figures cannot be negative.")
                )
            if any(value > MAX_AMOUNT for value in figures):
                raise ValidationError(
                    self.env._(
                        "An investment figure of %(name)s is implausibly large.",
                        name=project.name,
                    )
                )

    @api.constrains(
        "approval_date",
        "estimate_approval_date",
        "budget_estimate_approval_date",
        "budget_approval_date",
        "plan_start_date",
        "plan_end_date",
        "acceptance_date",
        "final_audit_date",
    )
    def _check_dates(self):
        for project in self:
            dates = [
                project.approval_date,
                project.estimate_approval_date,
                project.budget_estimate_approval_date,
                project.budget_approval_date,
                project.plan_start_date,
                project.plan_end_date,
                project.acceptance_date,
                project.final_audit_date,
            ]
            if any(day and not MIN_DATE <= day <= MAX_DATE for day in dates):
                raise ValidationError(
                    self.env._(
                        "A date of %(name)s is outside 1990-2100.", name=project.name
                    )
                )
            if (
                project.plan_start_date
                and project.plan_end_date
                and project.plan_end_date < project.plan_start_date
            ):
                raise ValidationError(
                    self.env._("The planned completion is before the planned start.")
                )

    # ---- ORM Overrides ----
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("code", "/") == "/":
                vals["code"] = (
                    self.env["ir.sequence"].next_by_code("affairs.construction.project")
                    or "/"
                )
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        for project in self:
            if project.state not in ("draft", "cancel"):
                raise UserError(
                    self.env._(
                        "%(name)s is approved: cancel it instead of deleting it.",
                        name=project.display_name,
                    )
                )

    # ---- Actions ----
    def action_approve(self):
        """Record the project approval (立项批复) and open its analytic account."""
        self = self._affairs_in_user_lang()
        for project in self:
            project._check_state(("draft",))
            if not (project.approval_number and project.approval_date):
                raise UserError(
                    self.env._(
                        "Enter the approval document number and date of %(name)s.",
                        name=project.display_name,
                    )
                )
            if not project.analytic_account_id:
                # sudo: the construction office opens the project's analytic
                # account without holding accounting rights.
                project.analytic_account_id = (
                    self.env["account.analytic.account"]
                    .sudo()
                    .create(project._prepare_analytic_account_vals())
                )
        self.write({"state": "approved"})
        return True

    def action_start(self):
        """Works begin: payments and change orders may now be recorded."""
        self = self._affairs_in_user_lang()
        for project in self:
            project._check_state(("approved",))
            if not project.budget_amount:
                raise UserError(
                    self.env._(
                        "Enter the approved construction budget of %(name)s first.",
                        name=project.display_name,
                    )
                )
        self.write(
            {"state": "construction", "start_date": fields.Date.context_today(self)}
        )
        return True

    def action_accept(self):
        """Record the completion acceptance (竣工验收)."""
        self = self._affairs_in_user_lang()
        for project in self:
            project._check_state(("construction",))
            if not (
                project.acceptance_date
                and project.acceptance_committee
                and project.acceptance_result
            ):
                raise UserError(
                    self.env._(
                        "Enter the acceptance date, committee and result of %(name)s.",
                        name=project.display_name,
                    )
                )
            if project.acceptance_result == "failed":
                raise UserError(
                    self.env._(
                        "%(name)s failed its acceptance: fix the defects and "
                        "accept it again.",
                        name=project.display_name,
                    )
                )
        self.write({"state": "accepted"})
        return True

    def action_close(self):
        """Close the audited final account (竣工决算)."""
        self = self._affairs_in_user_lang()
        for project in self:
            project._check_state(("accepted",))
            if not (project.final_amount and project.final_audit_date):
                raise UserError(
                    self.env._(
                        "Enter the audited final amount and audit date of %(name)s.",
                        name=project.display_name,
                    )
                )
            open_contracts = project.contract_ids.filtered(
                lambda contract: contract.state != "settled"
            )
            if open_contracts:
                raise UserError(
                    self.env._(
                        "Settle every contract before closing the final account: "
                        "%(contracts)s.",
                        contracts=", ".join(open_contracts.mapped("display_name")),
                    )
                )
        self.write({"state": "closed"})
        return True

    def action_cancel(self):
        """Abandon the project (only before any payment)."""
        self = self._affairs_in_user_lang()
        for project in self:
            project._check_state(("draft", "approved", "construction"))
            if project.payment_ids.filtered(
                lambda payment: payment.state == "approved"
            ):
                raise UserError(
                    self.env._(
                        "%(name)s has approved payments.", name=project.display_name
                    )
                )
        self.write({"state": "cancel"})
        return True

    def action_draft(self):
        self = self._affairs_in_user_lang()
        for project in self:
            project._check_state(("cancel",))
        self.write({"state": "draft"})
        return True

    def action_view_contracts(self):
        return self._action_view_children(
            "affairs.construction.contract", self.env._("Contracts")
        )

    def action_view_changes(self):
        return self._action_view_children(
            "affairs.construction.change", self.env._("Change Orders")
        )

    def action_view_payments(self):
        return self._action_view_children(
            "affairs.construction.payment", self.env._("Progress Payments")
        )

    # ---- Helpers ----
    def _check_state(self, states):
        self.ensure_one()
        if self.state not in states:
            raise UserError(
                self.env._(
                    "%(name)s cannot do this in its current state (%(state)s).",
                    name=self.display_name,
                    state=dict(self._fields["state"]._description_selection(self.env))[
                        self.state
                    ],
                )
            )

    def _action_view_children(self, model, name):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("project_id", "=", self.id)],
            "context": {"default_project_id": self.id},
        }

    def _prepare_analytic_account_vals(self):
        self.ensure_one()
        return {
            "name": f"{self.code} {self.name}",
            "code": self.code,
            "plan_id": self._get_analytic_plan().id,
            "company_id": self.company_id.id,
        }

    @api.model
    def _get_analytic_plan(self):
        """The analytic plan of construction projects, created on first use.

        It is kept out of the module's data on purpose: the project accounts
        hanging from it are accounting history that must survive an
        uninstall, and a plan owned by the module would be deleted with it.
        """
        param = "affairs_construction.analytic_plan_id"
        # sudo: the plan is shared configuration an officer may not manage.
        config = self.env["ir.config_parameter"].sudo()
        plan = (
            self.env["account.analytic.plan"]
            .sudo()
            .browse(int(config.get_param(param, 0)))
            .exists()
        )
        if not plan:
            plan = plan.create({"name": self.env._("Construction Projects")})
            config.set_param(param, plan.id)
        return plan

    @api.model
    def _get_dashboard_figures(self, domain=None):
        """Compound-wide figures of the dashboard, in a fixed number of queries.

        Every figure is a stored field of the project, so the cost does not
        grow with the number of contracts or payments.
        """
        rows = self._read_group(
            domain or [],
            ["state"],
            [
                "__count",
                "budget_amount:sum",
                "contract_amount:sum",
                "paid_amount:sum",
                "final_amount:sum",
                "progress_percent:avg",
                "delay_days:max",
                "change_ratio:avg",
                "saving_rate:avg",
            ],
        )
        keys = (
            "count",
            "budget_amount",
            "contract_amount",
            "paid_amount",
            "final_amount",
            "progress_percent",
            "delay_days",
            "change_ratio",
            "saving_rate",
        )
        return {state: dict(zip(keys, values, strict=True)) for state, *values in rows}
