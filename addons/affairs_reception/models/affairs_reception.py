# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)

BUSINESS_TYPES = [
    ("meeting", "Attending a meeting (出席会议)"),
    ("inspection", "Research and inspection (考察调研)"),
    ("task", "Carrying out a task (执行任务)"),
    ("study", "Study exchange (学习交流)"),
    ("guidance", "Inspection and guidance (检查指导)"),
    ("report", "Reporting to superiors (请示汇报)"),
]

STATES = approval_states(
    ("in_progress", "In Progress"), ("done", "Done"), ("settled", "Settled")
)


# Fields only the bureau writes, and states an agency cadre may set.


class AffairsReception(models.Model):
    """An official domestic reception (国内公务接待) of a visiting delegation.

    No reception without the sending unit's official letter (公函), approval
    before the visit (接待审批), plan lines checked against the standards
    (companions, meal and lodging caps by guest rank and region), and after
    the visit a reception list (接待清单) that, with the letter and the
    invoices, is the only basis for settlement ("三单").
    """

    _name = "affairs.reception"
    _description = "Official Reception"
    _inherit = ["affairs.approval.mixin", "affairs.exception.mixin"]
    _affairs_sequence_code = "affairs.reception"
    _order = "date_arrival desc, id desc"
    _check_company_auto = True
    # Agency cadres file, submit and cancel receptions; running them, the
    # approval record, the reception list and the settlement are the
    # bureau's (its actions, for officers and managers).
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "approved_amount",
        "list_date",
        "list_signed_by_id",
        "list_attachment_id",
        "settled_date",
    )
    # Once submitted, the desk records the actual costs on the lines (their
    # own guard keeps the plan fixed) and completes the letter on file.
    _affairs_desk_fields = (
        "meal_ids",
        "lodging_ids",
        "transport_ids",
        "itinerary_ids",
        "letter_number",
        "letter_date",
        "letter_file",
        "letter_filename",
    )
    # Cadres plan the lines and file the letter in draft.
    _affairs_desk_only_fields = ()
    _affairs_final_states = ("settled", "rejected", "cancel")

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    # Sending unit and letter (公函)
    visiting_partner_id = fields.Many2one(
        "res.partner",
        string="Sending Unit",
        required=True,
        tracking=True,
        index=True,
        help="The unit sending the delegation (派出单位).",
        check_company=True,
    )
    letter_type = fields.Selection(
        [("letter", "Official letter (公函)"), ("phone", "Phone record (电话记录单)")],
        string="Document Type",
        required=True,
        default="letter",
        tracking=True,
        help="Some localities accept a phone record instead of the letter.",
    )
    letter_number = fields.Char(string="Letter Number", tracking=True, copy=False)
    letter_date = fields.Date(string="Letter Date", tracking=True, copy=False)
    letter_file = fields.Binary(string="Letter Scan", attachment=True, copy=False)
    letter_filename = fields.Char(string="Letter File Name", copy=False)
    # Business
    purpose = fields.Char(required=True, tracking=True)
    business_type = fields.Selection(
        BUSINESS_TYPES, required=True, default="inspection", tracking=True
    )
    activity_description = fields.Text(string="Official Activities")
    # Host
    host_agency_id = fields.Many2one(
        "hr.department",
        string="Host Agency",
        required=True,
        tracking=True,
        index=True,
        domain=[("is_affairs_agency", "=", True)],
        default=lambda self: self._default_host_agency(),
        check_company=True,
    )
    host_employee_id = fields.Many2one(
        "hr.employee",
        string="Host in Charge",
        tracking=True,
        help="Responsible person who signs the reception list.",
        check_company=True,
    )
    requester_id = fields.Many2one(
        "hr.employee",
        string="Requester",
        default=lambda self: self.env.user.employee_id,
        tracking=True,
        check_company=True,
    )
    region_id = fields.Many2one(
        "res.country.state",
        string="Region",
        default=lambda self: self._default_region_id(),
        domain="[('country_id.code', '=', 'CN')]",
        help="Province or municipality whose cost standards apply.",
    )
    date_arrival = fields.Datetime(string="Arrival", required=True, tracking=True)
    date_departure = fields.Datetime(string="Departure", required=True, tracking=True)
    # Plan
    guest_ids = fields.One2many(
        "affairs.reception.guest", "reception_id", string="Guests"
    )
    meal_ids = fields.One2many("affairs.reception.meal", "reception_id", string="Meals")
    lodging_ids = fields.One2many(
        "affairs.reception.lodging", "reception_id", string="Accommodation"
    )
    itinerary_ids = fields.One2many(
        "affairs.reception.activity", "reception_id", string="Itinerary"
    )
    transport_ids = fields.One2many(
        "affairs.reception.transport", "reception_id", string="Transport"
    )
    guest_count = fields.Integer(
        string="Number of Guests",
        compute="_compute_guest_stats",
        store=True,
        aggregator="sum",
    )
    top_rank_id = fields.Many2one(
        "affairs.rank",
        string="Highest Rank",
        compute="_compute_guest_stats",
        store=True,
        help="Post level of the most senior guest; it drives the standards.",
    )
    # Money
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount_planned = fields.Monetary(
        string="Planned Cost", compute="_compute_amounts", store=True
    )
    amount_actual = fields.Monetary(
        string="Actual Cost", compute="_compute_amounts", store=True
    )
    approved_amount = fields.Monetary(
        string="Approved Cost",
        readonly=True,
        copy=False,
        aggregator="sum",
        tracking=True,
    )
    cost_per_guest = fields.Monetary(
        string="Cost per Guest",
        compute="_compute_amounts",
        store=True,
        aggregator="avg",
    )
    state = fields.Selection(
        STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_affairs_group_expand_states",
    )
    # Reception list (接待清单) and settlement
    list_date = fields.Datetime(string="List Signed On", readonly=True, copy=False)
    list_signed_by_id = fields.Many2one(
        "res.users", string="List Signed By", readonly=True, copy=False
    )
    list_attachment_id = fields.Many2one(
        "ir.attachment", string="Reception List File", readonly=True, copy=False
    )
    settled_date = fields.Datetime(string="Settled On", readonly=True, copy=False)
    bill_ids = fields.One2many(
        "account.move", "affairs_reception_id", string="Vendor Bills", readonly=True
    )
    bill_count = fields.Integer(compute="_compute_bill_count")
    has_letter = fields.Boolean(compute="_compute_documents")
    has_list = fields.Boolean(compute="_compute_documents")

    _dates_order = models.Constraint(
        "CHECK(date_departure >= date_arrival)",
        "The departure cannot be before the arrival.",
    )

    def _default_region_id(self):
        """The company's province when it is in China: cost standards are
        Chinese provinces and municipalities, nothing else matches them."""
        state = self.env.company.state_id
        return state if state.country_id.code == "CN" else False

    def _default_host_agency(self):
        # sudo: agency cadres cannot read hr.employee; only the agency id is used.
        return self.env.user.sudo().employee_id.affairs_agency_id

    # ---- Compute methods ----
    @api.depends("guest_ids", "guest_ids.rank_id.post_level_id.sequence")
    def _compute_guest_stats(self):
        for reception in self:
            reception.guest_count = len(reception.guest_ids)
            levels = reception.guest_ids.rank_id.post_level_id
            reception.top_rank_id = levels.sorted("sequence")[:1]

    @api.depends(
        "meal_ids.amount_planned",
        "meal_ids.actual_amount",
        "lodging_ids.amount_planned",
        "lodging_ids.actual_amount",
        "transport_ids.amount_planned",
        "transport_ids.actual_amount",
        "guest_count",
    )
    def _compute_amounts(self):
        for reception in self:
            lines = reception._get_cost_lines()
            reception.amount_planned = sum(
                amount for line in lines for amount in line.mapped("amount_planned")
            )
            reception.amount_actual = sum(
                amount for line in lines for amount in line.mapped("actual_amount")
            )
            reception.cost_per_guest = (
                reception.amount_actual / reception.guest_count
                if reception.guest_count
                else 0.0
            )

    def _compute_bill_count(self):
        for reception in self:
            reception.bill_count = len(reception.bill_ids)

    @api.depends("letter_number", "letter_date", "letter_file", "list_attachment_id")
    def _compute_documents(self):
        for reception in self:
            reception.has_letter = bool(
                reception.letter_number
                and reception.letter_date
                and reception.letter_file
            )
            reception.has_list = bool(reception.list_attachment_id)

    # ---- Constraints ----
    @api.constrains("letter_date", "date_arrival")
    def _check_letter_date(self):
        for reception in self:
            if (
                reception.letter_date
                and reception.date_arrival
                and reception.letter_date > reception.date_arrival.date()
            ):
                raise ValidationError(
                    self.env._(
                        "The official letter of %(name)s is dated after the "
                        "arrival: the letter must precede the visit.",
                        name=reception.display_name,
                    )
                )

    # ---- Approval hooks ----
    def _affairs_check_submit(self):
        self.ensure_one()
        self._check_letter()
        if not self.guest_ids:
            raise UserError(
                self.env._(
                    "List the guests of %(name)s before submitting it.",
                    name=self.display_name,
                )
            )
        for meal in self.meal_ids:
            if meal.guest_count > self.guest_count:
                raise ValidationError(
                    self.env._(
                        "The meal of %(date)s serves %(served)s guests but the "
                        "delegation has only %(count)s.",
                        date=meal.date,
                        served=meal.guest_count,
                        count=self.guest_count,
                    )
                )
        # Ranks or region may have changed since the lines were entered.
        self.meal_ids._check_standards()
        self.lodging_ids._check_standards()
        self._check_work_meal_count()

    def _affairs_on_approved(self):
        for reception in self:
            reception._affairs_transition_write(
                {"approved_amount": reception.amount_planned}
            )

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook): 30217 公务接待费 of the host agency.
        return [
            {
                "record": reception,
                "agency": reception.host_agency_id,
                "classification": "30217",
                "date": reception.date_arrival.date(),
                "amount": reception.approved_amount,
                "moves": reception.bill_ids,
            }
            for reception in self
        ]

    # ---- Actions ----
    def action_approve(self):
        """Approve the current step: the letter must be on file (无公函不接待)
        and the approval must precede the visit (事前审批)."""
        for reception in self:
            reception._check_letter()
            reception._check_approval_before_visit()
        return super().action_approve()

    def action_start(self):
        """The delegation has arrived: the reception is under way."""
        self._affairs_check_desk()
        self._check_state("approved")
        self._affairs_transition_write({"state": "in_progress"})
        return True

    def action_done(self):
        """The visit is over: actual costs and the reception list follow."""
        self._affairs_check_desk()
        self._check_state("in_progress")
        self._affairs_transition_write({"state": "done"})
        return True

    def action_generate_list(self):
        """Fill in and sign the reception list (接待清单) after the visit."""
        self._affairs_check_desk()
        self._check_state("done")
        report = self.env.ref("affairs_reception.action_report_reception_list")
        for reception in self:
            pdf, _type = self.env["ir.actions.report"]._render_qweb_pdf(
                report, reception.ids
            )
            attachment = self.env["ir.attachment"].create(
                {
                    "name": self.env._("Reception List %s.pdf", reception.name),
                    "datas": base64.b64encode(pdf),
                    "res_model": reception._name,
                    "res_id": reception.id,
                    "mimetype": "application/pdf",
                }
            )
            reception._affairs_transition_write(
                {
                    "list_attachment_id": attachment.id,
                    "list_date": fields.Datetime.now(),
                    "list_signed_by_id": self.env.uid,
                }
            )
        return True

    def action_settle(self):
        """Close the accounts: needs the letter, the approval, the reception
        list and the invoices ("三单"), and actual costs within the plan."""
        self._affairs_check_desk()
        self._check_state("done")
        for reception in self:
            reception._check_three_documents()
            reception._check_actual_within_plan()
        self._affairs_transition_write(
            {"state": "settled", "settled_date": fields.Datetime.now()}
        )
        return True

    def action_create_bills(self):
        """Vendor bills for the actual costs of hotels, restaurants and transport."""
        self._affairs_check_desk()
        moves = self.env["account.move"]
        for reception in self:
            if reception.state not in ("in_progress", "done"):
                raise UserError(
                    self.env._(
                        "Bills are created once the reception is under way or done."
                    )
                )
            moves |= reception._create_bills()
        if not moves:
            raise UserError(self.env._("There is no actual cost left to bill."))
        return self.action_view_bills()

    def action_view_bills(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Vendor Bills"),
            "res_model": "account.move",
            "view_mode": "list,form",
            "domain": [("affairs_reception_id", "=", self.id)],
            "context": {"default_move_type": "in_invoice", "create": False},
        }

    def action_open_exception_wizard(self):
        """Open the grant wizard on the reception's rules (managers)."""
        return self.action_affairs_open_grant_exception()

    # ---- Demo data ----
    def _demo_approve(self):
        """Submit and approve demo receptions as the demo manager (demo data
        is loaded as superuser, who may not approve what it submitted).
        Receptions of the past get their historical approval written."""
        self = self._affairs_in_user_lang()
        manager = self.env.ref("affairs_base.user_manager")
        now = fields.Datetime.now()
        for reception in self:
            if reception.date_arrival > now:
                reception.action_submit()
                reception.with_user(manager).action_approve()
                continue
            reception._affairs_transition_write(
                {
                    "state": "approved",
                    "submitted_by_id": self.env.ref("base.user_admin").id,
                    "submitted_date": reception.date_arrival - timedelta(days=5),
                    "approved_by_id": manager.id,
                    "approved_date": reception.date_arrival - timedelta(days=3),
                    "approved_amount": reception.amount_planned,
                }
            )

    def _demo_reject(self):
        self = self._affairs_in_user_lang()
        manager = self.env.ref("affairs_base.user_manager")
        self.with_user(manager).action_reject(
            self.env._("Can be merged with the visit planned next month.")
        )

    # ---- Business helpers ----
    def _get_cost_lines(self):
        self.ensure_one()
        return [self.meal_ids, self.lodging_ids, self.transport_ids]

    def _get_rule_value(self, code):
        """The reception rule ``code`` in force on arrival (None if missing)."""
        self.ensure_one()
        date = self.date_arrival.date() if self.date_arrival else None
        return self.env["affairs.reception.rule"]._get_param(
            code, date=date, company=self.company_id
        )

    def _get_rule_flag(self, code):
        """The yes/no reception rule ``code`` in force on arrival."""
        self.ensure_one()
        date = self.date_arrival.date() if self.date_arrival else None
        return self.env["affairs.reception.rule"]._get_flag(
            code, date=date, company=self.company_id
        )

    def _get_cost_cap(self, kind, rank=None):
        self.ensure_one()
        date = self.date_arrival.date() if self.date_arrival else None
        return self.env["affairs.reception.cost.standard"]._get_cap(
            kind,
            region=self.region_id,
            rank=rank or self.top_rank_id,
            date=date,
            company=self.company_id,
        )

    def _check_state(self, state):
        for reception in self:
            if reception.state != state:
                raise UserError(
                    self.env._(
                        "%(name)s is not in the expected state (%(state)s).",
                        name=reception.display_name,
                        state=dict(STATES)[state],
                    )
                )

    def _check_letter(self):
        """No reception without the sending unit's official letter (or a
        phone record where the locality's rules accept one)."""
        for reception in self:
            if reception.letter_type == "phone" and not reception._get_rule_flag(
                "phone_record_accepted"
            ):
                raise UserError(
                    self.env._(
                        "The standards in force do not accept a phone record "
                        "instead of the official letter (公函) for %(name)s.",
                        name=reception.display_name,
                    )
                )
            if not reception.has_letter:
                raise UserError(
                    self.env._(
                        "No reception without an official letter: record the "
                        "letter number, its date and attach the scan of the "
                        "sending unit's letter (公函) to %(name)s.",
                        name=reception.display_name,
                    )
                )

    def _check_approval_before_visit(self):
        """Receptions are approved in advance; a late approval (补批) needs
        a manager's recorded exception."""
        self.ensure_one()
        self._affairs_check_rule(
            "reception_late_approval",
            fields.Datetime.now() > self.date_arrival,
            self.env._(
                "%(name)s must be approved before the delegation arrives "
                "(%(arrival)s).",
                name=self.display_name,
                arrival=self.date_arrival,
            ),
        )

    def _check_work_meal_count(self):
        for reception in self:
            allowed = reception._get_rule_value("work_meal_count")
            if allowed is None:
                continue
            count = len(
                reception.meal_ids.filtered(lambda m: m.meal_type == "work_meal")
            )
            reception._affairs_check_rule(
                "reception_work_meal_count",
                count > allowed,
                self.env._(
                    "%(name)s plans %(count)s work meals; the standard allows "
                    "%(allowed)s per visit.",
                    name=reception.display_name,
                    count=count,
                    allowed=int(allowed),
                ),
            )

    def _check_three_documents(self):
        self.ensure_one()
        missing = []
        if not self.has_letter:
            missing.append(self.env._("the official letter (公函)"))
        if not (self.approved_by_id and self.approved_date):
            missing.append(self.env._("the approval (审批单)"))
        if not self.has_list:
            missing.append(self.env._("the reception list (接待清单)"))
        unbilled = [
            line
            for lines in self._get_cost_lines()
            for line in lines
            if line.actual_amount and not line.bill_id
        ]
        if unbilled:
            missing.append(self.env._("the invoices of every actual cost (发票)"))
        if missing:
            raise UserError(
                self.env._(
                    "%(name)s cannot be settled: missing %(missing)s.",
                    name=self.display_name,
                    missing=", ".join(missing),
                )
            )

    def _check_actual_within_plan(self):
        self.ensure_one()
        over = (
            float_compare(
                self.amount_actual,
                self.approved_amount,
                precision_rounding=self.currency_id.rounding,
            )
            > 0
        )
        self._affairs_check_rule(
            "reception_cost_overrun",
            over,
            self.env._(
                "The actual cost of %(name)s (%(actual)s) exceeds the approved "
                "plan (%(approved)s).",
                name=self.display_name,
                actual=self.amount_actual,
                approved=self.approved_amount,
            ),
        )

    def _create_bills(self):
        """One draft vendor bill per vendor for the lines not yet billed."""
        self.ensure_one()
        by_vendor = {}
        for lines in self._get_cost_lines():
            for line in lines.filtered(lambda l: l.actual_amount and not l.bill_id):
                vendor = line._get_vendor()
                if not vendor:
                    raise UserError(
                        self.env._(
                            "Set the vendor of %(line)s before billing it.",
                            line=line.display_name,
                        )
                    )
                by_vendor.setdefault(vendor, []).append(line)
        if not by_vendor:
            return self.env["account.move"]
        moves = self.env["account.move"].create(
            [
                self._prepare_bill_vals(vendor, lines)
                for vendor, lines in by_vendor.items()
            ]
        )
        for move, lines in zip(moves, by_vendor.values(), strict=True):
            for line in lines:
                line.bill_id = move
        return moves

    def _prepare_bill_vals(self, vendor, lines):
        self.ensure_one()
        Move = self.env["account.move"]
        return Move._affairs_prepare_move_vals(
            "in_invoice",
            vendor,
            self.company_id,
            [
                Move._affairs_invoice_line_vals(
                    f"{self.name} - {line.display_name}",
                    line.actual_amount,
                    self.host_agency_id,
                )
                for line in lines
            ],
            date=self.date_departure.date(),
            ref=self.name,
            affairs_reception_id=self.id,
        )
