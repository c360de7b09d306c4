# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

MEASURE_TYPES = [
    ("lighting", "Efficient Lighting"),
    ("hvac", "HVAC"),
    ("ground_source_heat_pump", "Ground-Source Heat Pump"),
    ("insulation", "Building Insulation"),
    ("pv", "Solar PV"),
    ("metering", "Metering and Monitoring"),
    ("water_saving", "Water Saving"),
    ("boiler", "Boiler and Heating"),
    ("data_center", "Data Room"),
    ("lift", "Lifts"),
    ("other", "Other"),
]
STATES = [
    ("proposed", "Proposed"),
    ("approved", "Approved"),
    ("in_progress", "In Progress"),
    ("done", "Done"),
    ("cancel", "Cancelled"),
]


class AffairsEnergyProject(models.Model):
    """A project of the retrofit library (节能技改项目库).

    Proposed → approved (after the expert group's review) → in progress →
    done; once done, the measured saving compares the project's meters over
    the twelve months before the start and after the completion.
    """

    _name = "affairs.energy.project"
    _description = "Energy Retrofit Project"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(string="Project", required=True, tracking=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('is_affairs_agency', '=', True)]",
    )
    site_id = fields.Many2one(
        "affairs.energy.site",
        string="Building",
        check_company=True,
        domain="[('agency_id', '=', agency_id)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    measure_type = fields.Selection(MEASURE_TYPES, required=True, default="other")
    description = fields.Text()
    audit_id = fields.Many2one(
        "affairs.energy.audit", string="From Audit", check_company=True
    )
    state = fields.Selection(STATES, default="proposed", required=True, tracking=True)
    is_demonstration = fields.Boolean(string="Demonstration Project", tracking=True)
    is_epc = fields.Boolean(
        string="Energy Performance Contract", help="合同能源管理 (EPC) financing."
    )
    investment = fields.Monetary(currency_field="currency_id", tracking=True)
    expected_saving_tce = fields.Float(
        string="Expected Saving (tce/yr)", digits=(16, 3)
    )
    expected_saving_amount = fields.Monetary(
        string="Expected Saving (per year)", currency_field="currency_id"
    )
    payback_years = fields.Float(
        string="Simple Payback (years)",
        compute="_compute_payback_years",
        store=True,
        digits=(16, 1),
    )
    start_date = fields.Date(tracking=True)
    completion_date = fields.Date(tracking=True)
    meter_ids = fields.Many2many(
        "affairs.energy.meter",
        string="Measured by Meters",
        check_company=True,
        domain="[('agency_id', '=', agency_id)]",
    )
    measured_saving_tce = fields.Float(
        string="Measured Saving (tce/yr)",
        compute="_compute_measured_saving",
        digits=(16, 3),
        help="Twelve months before the start minus twelve months after the "
        "completion, on the project's meters.",
    )
    expert_ids = fields.Many2many(
        "res.partner",
        string="Expert Group",
        help="专家组 members reviewing it.",
        check_company=True,
    )
    review_ids = fields.One2many(
        "affairs.energy.project.review", "project_id", string="Expert Reviews"
    )

    @api.depends("investment", "expected_saving_amount")
    def _compute_payback_years(self):
        for project in self:
            project.payback_years = (
                project.investment / project.expected_saving_amount
                if project.expected_saving_amount
                else 0.0
            )

    def _compute_measured_saving(self):
        done = self.filtered(
            lambda p: (
                p.state == "done" and p.start_date and p.completion_date and p.meter_ids
            )
        )
        (self - done).measured_saving_tce = 0.0
        if not done:
            return
        first = min(done.mapped("start_date")) - relativedelta(months=12)
        last = max(done.mapped("completion_date")) + relativedelta(months=13)
        data = self.env["affairs.energy.reading"]._read_group(
            [
                ("meter_id", "in", done.meter_ids.ids),
                ("month", ">=", first.replace(day=1)),
                ("month", "<", last.replace(day=1)),
            ],
            ["meter_id", "month:month"],
            ["kgce:sum"],
        )
        for project in done:
            before_from = project.start_date.replace(day=1) - relativedelta(months=12)
            before_to = project.start_date.replace(day=1)
            after_from = project.completion_date.replace(day=1) + relativedelta(
                months=1
            )
            after_to = after_from + relativedelta(months=12)
            before = after = 0.0
            for meter, month, kgce in data:
                if meter not in project.meter_ids:
                    continue
                if before_from <= month < before_to:
                    before += kgce
                elif after_from <= month < after_to:
                    after += kgce
            project.measured_saving_tce = (before - after) / 1000.0 if after else 0.0

    @api.constrains("investment", "expected_saving_tce", "expected_saving_amount")
    def _check_amounts(self):
        for project in self:
            if (
                min(
                    project.investment,
                    project.expected_saving_tce,
                    project.expected_saving_amount,
                )
                < 0
            ):
                raise ValidationError(
                    self.env._(
                        "Investment and expected savings of %(name)s cannot be "
                        "negative.",
                        name=project.name,
                    )
                )
            if project.investment > 1e10:
                raise ValidationError(
                    self.env._(
                        "The investment of %(name)s is not plausible.",
                        name=project.name,
                    )
                )

    @api.constrains("start_date", "completion_date")
    def _check_dates(self):
        for project in self:
            if (
                project.start_date
                and project.completion_date
                and (project.completion_date < project.start_date)
            ):
                raise ValidationError(
                    self.env._(
                        "%(name)s cannot be completed before it starts.",
                        name=project.name,
                    )
                )

    def _check_state(self, allowed):
        for project in self:
            if project.state not in allowed:
                raise UserError(
                    self.env._(
                        "%(name)s cannot take this step in its current status.",
                        name=project.name,
                    )
                )

    def action_approve(self):
        """Approve the project once the expert group has reviewed it."""
        self._check_state(("proposed",))
        if not self.env.user.has_group("affairs_base.group_affairs_officer"):
            raise UserError(self.env._("Only the bureau approves retrofit projects."))
        for project in self:
            if not project.review_ids.filtered(lambda r: r.opinion == "approve"):
                raise UserError(
                    self.env._(
                        "%(name)s needs a favourable review of the expert group first.",
                        name=project.name,
                    )
                )
            if project.create_uid == self.env.user:
                raise UserError(
                    self.env._(
                        "Separation of duties: you cannot approve %(name)s, which "
                        "you proposed.",
                        name=project.name,
                    )
                )
        self.write({"state": "approved"})
        return True

    def action_start(self):
        """Start the works."""
        self._check_state(("approved",))
        for project in self:
            project.start_date = project.start_date or fields.Date.context_today(self)
        self.write({"state": "in_progress"})
        return True

    def action_done(self):
        """Record the completion; the measured saving follows from the meters."""
        self._check_state(("in_progress",))
        for project in self:
            project.completion_date = (
                project.completion_date or fields.Date.context_today(self)
            )
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        """Drop the project from the library."""
        self._check_state(("proposed", "approved", "in_progress"))
        self.write({"state": "cancel"})
        return True

    def action_reset(self):
        """Put a cancelled project back among the proposals."""
        self._check_state(("cancel",))
        self.write({"state": "proposed"})
        return True
