# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import approval_states

from .affairs_energy_factor import KINDS

STATES = approval_states(
    submitted="Submitted", approved="Reviewed", rejected="Returned"
)
QUARTERS = [("1", "Q1"), ("2", "Q2"), ("3", "Q3"), ("4", "Q4")]
# Figures of the return: frozen once it leaves the draft.
LOCKED_FIELDS = {
    "agency_id",
    "year",
    "period_type",
    "quarter",
    "line_ids",
    "headcount",
    "building_area",
    "explanation",
    "missing_months",
    "change_alert_rate",
    "prepared_date",
}


def _last_ended_quarter(today):
    """(year, quarter) of the last quarter that has ended by ``today``."""
    quarter = (today.month - 1) // 3
    return (today.year, quarter) if quarter else (today.year - 1, 4)


class AffairsEnergyReturn(models.Model):
    """The statutory statistics return (公共机构能源资源消费统计) of an agency.

    Prepared from the readings of the period, compared with the same period
    last year, checked before submission (no missing month, an explanation
    for every change above the alert rate), then submitted to the bureau,
    which reviews it or returns it with a reason (approval mixin).
    """

    _name = "affairs.energy.return"
    _inherit = ["affairs.approval.mixin"]
    _description = "Energy Statistics Return"
    _order = "year desc, quarter desc, agency_id"
    _check_company_auto = True
    _affairs_sequence_code = "affairs.energy.return"

    name = fields.Char(string="Reference", default="/", readonly=True, copy=False)
    state = fields.Selection(STATES, default="draft", required=True, tracking=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('is_affairs_agency', '=', True)]",
        default=lambda self: self.env.user.affairs_agency_ids[:1],
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    # Returns are filed once the period has ended: default to the last quarter.
    year = fields.Integer(
        required=True,
        default=lambda self: _last_ended_quarter(fields.Date.context_today(self))[0],
    )
    period_type = fields.Selection(
        [("quarter", "Quarterly"), ("year", "Annual")],
        string="Period",
        required=True,
        default="quarter",
    )
    quarter = fields.Selection(
        QUARTERS,
        default=lambda self: str(
            _last_ended_quarter(fields.Date.context_today(self))[1]
        ),
    )
    date_from = fields.Date(compute="_compute_dates", store=True)
    date_to = fields.Date(compute="_compute_dates", store=True)
    line_ids = fields.One2many(
        "affairs.energy.return.line", "return_id", string="Lines"
    )
    headcount = fields.Integer(string="Energy-Using Headcount")
    building_area = fields.Float(string="Office Floor Area (m²)", digits=(16, 2))
    total_kgce = fields.Float(
        string="Energy (kgce)", compute="_compute_totals", store=True, digits=(16, 2)
    )
    total_tce = fields.Float(
        string="Energy (tce)", compute="_compute_totals", store=True, digits=(16, 3)
    )
    last_total_kgce = fields.Float(
        string="Same Period Last Year (kgce)",
        compute="_compute_totals",
        store=True,
        digits=(16, 2),
    )
    kgce_per_capita = fields.Float(
        string="kgce per Person", compute="_compute_totals", store=True, digits=(16, 2)
    )
    kgce_per_m2 = fields.Float(
        string="kgce per m²", compute="_compute_totals", store=True, digits=(16, 2)
    )
    water_per_capita = fields.Float(
        string="Water per Person (t)",
        compute="_compute_totals",
        store=True,
        digits=(16, 2),
    )
    missing_months = fields.Text(readonly=True, copy=False)
    prepared_date = fields.Datetime(readonly=True, copy=False)
    change_alert_rate = fields.Float(
        string="Alert Rate (%)",
        readonly=True,
        copy=False,
        help="A change above this rate against the same period last year "
        "needs an explanation (standards book).",
    )
    explanation = fields.Text(help="Overall remarks of the agency on the return.")

    _period_uniq = models.UniqueIndex(
        "(agency_id, year, period_type, COALESCE(quarter, '')) WHERE state != 'cancel'",
        "The agency already has a return for that period.",
    )

    @api.depends("year", "period_type", "quarter")
    def _compute_dates(self):
        for ret in self:
            if not ret.year or (ret.period_type == "quarter" and not ret.quarter):
                ret.date_from = ret.date_to = False
                continue
            if ret.period_type == "year":
                start, months = date(ret.year, 1, 1), 12
            else:
                start, months = date(ret.year, 3 * int(ret.quarter) - 2, 1), 3
            ret.date_from = start
            ret.date_to = start + relativedelta(months=months, days=-1)

    @api.depends(
        "line_ids.kgce",
        "line_ids.last_kgce",
        "line_ids.quantity",
        "headcount",
        "building_area",
    )
    def _compute_totals(self):
        for ret in self:
            kgce = sum(ret.line_ids.mapped("kgce"))
            water = sum(
                ret.line_ids.filtered(lambda l: l.kind == "water").mapped("quantity")
            )
            ret.total_kgce = kgce
            ret.total_tce = kgce / 1000.0
            ret.last_total_kgce = sum(ret.line_ids.mapped("last_kgce"))
            ret.kgce_per_capita = kgce / ret.headcount if ret.headcount else 0.0
            ret.kgce_per_m2 = kgce / ret.building_area if ret.building_area else 0.0
            ret.water_per_capita = water / ret.headcount if ret.headcount else 0.0

    @api.constrains("year", "period_type", "quarter", "headcount", "building_area")
    def _check_period(self):
        for ret in self:
            if not 2000 <= ret.year <= 2100:
                raise ValidationError(
                    self.env._("The year %(year)s is not plausible.", year=ret.year)
                )
            if ret.period_type == "quarter" and not ret.quarter:
                raise ValidationError(self.env._("Choose the quarter of the return."))
            if ret.headcount < 0 or ret.building_area < 0:
                raise ValidationError(
                    self.env._("Headcount and floor area cannot be negative.")
                )

    @api.constrains("agency_id")
    def _check_agency_of_user(self):
        """An agency user files returns of their own agency only."""
        user = self.env.user
        if self.env.su or user.has_group("affairs_base.group_affairs_officer"):
            return
        for ret in self:
            if ret.agency_id not in user.affairs_agency_ids:
                raise ValidationError(
                    self.env._(
                        "You can only file returns of your own agency, not of "
                        "%(agency)s.",
                        agency=ret.agency_id.name,
                    )
                )

    @api.depends("agency_id", "year", "period_type", "quarter")
    def _compute_display_name(self):
        for ret in self:
            period = (
                self.env._("Q%(quarter)s", quarter=ret.quarter)
                if ret.period_type == "quarter"
                else self.env._("Annual")
            )
            ret.display_name = "%s %s %s %s" % (
                ret.name if ret.name and ret.name != "/" else "",
                ret.agency_id.name or "",
                ret.year,
                period,
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("period_type") == "year":
                vals["quarter"] = False
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("period_type") == "year":
            vals = dict(vals, quarter=False)
        if set(vals) & LOCKED_FIELDS:
            self._check_editable()
        return super().write(vals)

    def _check_editable(self):
        """A return is the agency's statement: it changes only as a draft."""
        for ret in self:
            if ret.state != "draft":
                raise UserError(
                    self.env._(
                        "%(name)s has been submitted: reset it to draft to change it.",
                        name=ret.display_name,
                    )
                )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_prepare(self):
        """Fill the return from the readings of the period and last year's."""
        for ret in self:
            if ret.state != "draft":
                raise UserError(
                    self.env._("Only a draft return can be prepared again.")
                )
        for ret in self:
            ret.write(ret._prepare_return_vals())
        return True

    def _prepare_return_vals(self):
        self.ensure_one()
        agency = self.agency_id
        years = [self.year, self.year - 1]
        totals = agency._affairs_energy_totals(years, self.date_from, self.date_to)
        current = totals.get((agency.id, self.year), {})
        last = totals.get((agency.id, self.year - 1), {})
        explanations = {line.kind: line.explanation for line in self.line_ids}
        lines = [Command.clear()]
        for kind, _label in KINDS:
            if not (current.get(kind) or last.get(kind)):
                continue
            lines.append(
                Command.create(
                    {
                        "kind": kind,
                        "quantity": current.get(kind, 0.0),
                        "kgce": current.get(kind + "_kgce", 0.0),
                        "kgce_equal_value": current.get(
                            kind + "_kgce_equal_value", 0.0
                        ),
                        "last_quantity": last.get(kind, 0.0),
                        "last_kgce": last.get(kind + "_kgce", 0.0),
                        "explanation": explanations.get(kind),
                    }
                )
            )
        base = agency._affairs_energy_denominators([self.year])[(agency.id, self.year)]
        rate = self.env["affairs.energy.rule"]._get_value(
            "return_change_alert_rate", date=self.date_to, company=self.company_id
        )
        return {
            "line_ids": lines,
            "headcount": self.headcount or base["headcount"],
            "building_area": self.building_area or base["area"],
            "missing_months": self._describe_missing_months(),
            "prepared_date": fields.Datetime.now(),
            "change_alert_rate": rate or 0.0,
        }

    def _describe_missing_months(self):
        """Meters in use without a reading for a month of the period."""
        self.ensure_one()
        meters = self.env["affairs.energy.meter"].search(
            [("agency_id", "=", self.agency_id.id), ("parent_id", "=", False)]
        )
        end = self.date_to + relativedelta(days=1)
        missing = meters._affairs_missing_months(self.date_from, end)
        text = [
            "%s: %s"
            % (
                meter.display_name,
                ", ".join(month.strftime("%Y-%m") for month in months),
            )
            for meter, months in missing.items()
            if months
        ]
        return "\n".join(text)

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.date_to >= fields.Date.context_today(self):
            raise UserError(
                self.env._(
                    "%(name)s covers a period that has not ended yet.",
                    name=self.display_name,
                )
            )
        if not self.prepared_date:
            raise UserError(
                self.env._(
                    "Prepare %(name)s from the readings before submitting it.",
                    name=self.display_name,
                )
            )
        if self.missing_months:
            raise UserError(
                self.env._(
                    "%(name)s cannot be submitted: readings are missing.\n%(missing)s",
                    name=self.display_name,
                    missing=self.missing_months,
                )
            )
        unexplained = self.line_ids.filtered(
            lambda line: line.needs_explanation and not (line.explanation or "").strip()
        )
        if unexplained:
            raise UserError(
                self.env._(
                    "Explain the change against the same period last year of: "
                    "%(items)s (more than %(rate)s%%).",
                    items=", ".join(unexplained.mapped("display_name")),
                    rate=self.change_alert_rate,
                )
            )

    def action_view_readings(self):
        """Readings the return is prepared from."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Readings"),
            "res_model": "affairs.energy.reading",
            "view_mode": "list,pivot,graph,form",
            "domain": [
                ("agency_id", "=", self.agency_id.id),
                ("month", ">=", self.date_from),
                ("month", "<=", self.date_to),
            ],
        }
