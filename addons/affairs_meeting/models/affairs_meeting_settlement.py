# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    affairs_mechanism,
    in_affairs_mechanism,
)

# Bookings whose room was held for the meeting: their room fee and services
# are charged.
CHARGED_BOOKING_STATES = ("approved", "in_use", "done")
# Print jobs charged once printed.
CHARGED_PRINT_STATES = ("ready", "collected")
# Written only by the settlement's actions.
WORKFLOW_FIELDS = (
    "state",
    "room_amount",
    "service_amount",
    "print_amount",
    "booking_count",
    "print_job_count",
    "invoice_id",
)


class AffairsMeetingSettlement(models.Model):
    """The monthly settlement of an agency (会议及文印费用月结).

    Room fees, meeting services and print jobs of the month, recharged to
    the agency by a customer invoice to its partner on its analytic account
    (affairs_base's billing helper).
    """

    _name = "affairs.meeting.settlement"
    _description = "Meeting and Printing Settlement"
    _inherit = ["mail.thread"]
    _order = "month desc, agency_id"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        readonly=True,
        domain=[("is_affairs_agency", "=", True)],
    )
    month = fields.Date(
        required=True, readonly=True, help="First day of the month settled."
    )
    date_to = fields.Date(string="Month End", compute="_compute_date_to")
    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(
        [("draft", "To Invoice"), ("invoiced", "Invoiced")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    room_amount = fields.Monetary(string="Room Fees", readonly=True)
    service_amount = fields.Monetary(string="Meeting Services", readonly=True)
    print_amount = fields.Monetary(string="Printing", readonly=True)
    amount_total = fields.Monetary(
        string="Total", compute="_compute_amount_total", store=True
    )
    booking_count = fields.Integer(string="Meetings", readonly=True)
    print_job_count = fields.Integer(string="Print Jobs", readonly=True)
    invoice_id = fields.Many2one(
        "account.move", string="Invoice", readonly=True, copy=False
    )

    _agency_month_unique = models.Constraint(
        "UNIQUE(agency_id, month, company_id)",
        "An agency has one settlement per month.",
    )

    @api.depends("agency_id", "month")
    def _compute_name(self):
        for settlement in self:
            settlement.name = "%s %s" % (
                settlement.agency_id.name or "",
                settlement.month.strftime("%Y-%m") if settlement.month else "",
            )

    @api.depends("month")
    def _compute_date_to(self):
        for settlement in self:
            settlement.date_to = settlement.month and (
                settlement.month + relativedelta(months=1, days=-1)
            )

    @api.depends("room_amount", "service_amount", "print_amount")
    def _compute_amount_total(self):
        for settlement in self:
            settlement.amount_total = (
                settlement.room_amount
                + settlement.service_amount
                + settlement.print_amount
            )

    # ---- ORM ----
    @api.model_create_multi
    def create(self, vals_list):
        if not (self.env.su or in_affairs_mechanism()):
            raise UserError(
                self.env._(
                    "Settlements are made by the month's settlement run "
                    "(Settle a Month)."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if not (self.env.su or in_affairs_mechanism()):
            forced = set(vals) & (set(WORKFLOW_FIELDS) | {"agency_id", "month"})
            if forced:
                raise UserError(
                    self.env._(
                        "A settlement changes only through its actions (refresh, "
                        "invoice)."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_invoiced(self):
        if self.filtered(lambda settlement: settlement.state == "invoiced"):
            raise UserError(self.env._("An invoiced settlement cannot be deleted."))

    # ---- Settlement run ----
    @api.model
    def _affairs_check_staff(self):
        if not (
            self.env.su
            or self.env.user.has_group("affairs_meeting.group_meeting_staff")
        ):
            raise AccessError(
                self.env._("Only the meeting centre settles the agencies' costs.")
            )

    @api.model
    def action_settle_month(self, month=None):
        """Create or refresh the settlement of every agency for ``month``
        (a date in the month; default: last month). Returns the settlements.

        The amounts come from three grouped queries over the month, whatever
        the number of bookings and print jobs.
        """
        self._affairs_check_staff()
        try:
            month = fields.Date.to_date(month) if month else None
        except (TypeError, ValueError):
            raise UserError(self.env._("%s is not a date.", month)) from None
        if not month:
            month = fields.Date.context_today(self) - relativedelta(months=1)
        month = month.replace(day=1)
        company = self.env.company
        totals = self._affairs_month_totals(month, company)
        existing = self.search([("month", "=", month), ("company_id", "=", company.id)])
        by_agency = {settlement.agency_id: settlement for settlement in existing}
        new_vals = [
            {"agency_id": agency.id, "month": month, "company_id": company.id}
            for agency in totals
            if agency not in by_agency
        ]
        with affairs_mechanism():
            created = self.create(new_vals)
        settlements = existing | created
        settlements.filtered(lambda s: s.state == "draft")._affairs_write_totals(totals)
        return settlements

    @api.model
    def action_settle_last_month(self):
        """Settle last month and show its settlements (menu)."""
        settlements = self.action_settle_month()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Monthly Settlements"),
            "res_model": self._name,
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": [("id", "in", settlements.ids)],
        }

    @api.model
    def _affairs_month_totals(self, month, company):
        """``{agency: {field: value}}`` of the month, in three queries."""
        start = fields.Datetime.to_datetime(month)
        end = fields.Datetime.to_datetime(month + relativedelta(months=1))
        # sudo: the settlement counts every agency's costs, whoever runs it.
        Booking = self.env["affairs.meeting.booking"].sudo()
        booking_domain = [
            ("company_id", "=", company.id),
            ("state", "in", CHARGED_BOOKING_STATES),
            ("date_start", ">=", start),
            ("date_start", "<", end),
        ]
        totals = {}

        def add(agency, **values):
            row = totals.setdefault(
                agency,
                {
                    "room_amount": 0.0,
                    "service_amount": 0.0,
                    "print_amount": 0.0,
                    "booking_count": 0,
                    "print_job_count": 0,
                },
            )
            for key, value in values.items():
                row[key] += value

        for agency, amount, count in Booking._read_group(
            booking_domain, ["agency_id"], ["room_amount:sum", "__count"]
        ):
            add(agency, room_amount=amount, booking_count=count)
        # sudo: the settlement counts every agency's service lines, whoever runs it.
        Line = self.env["affairs.meeting.service.line"].sudo()
        for agency, amount in Line._read_group(
            [
                ("company_id", "=", company.id),
                ("booking_id.state", "in", CHARGED_BOOKING_STATES),
                ("date_start", ">=", start),
                ("date_start", "<", end),
            ],
            ["agency_id"],
            ["amount:sum"],
        ):
            add(agency, service_amount=amount)
        # sudo: the settlement counts every agency's print jobs, whoever runs it.
        Job = self.env["affairs.print.job"].sudo()
        for agency, amount, count in Job._read_group(
            [
                ("company_id", "=", company.id),
                ("state", "in", CHARGED_PRINT_STATES),
                ("ready_date", ">=", start),
                ("ready_date", "<", end),
            ],
            ["agency_id"],
            ["amount:sum", "__count"],
        ):
            add(agency, print_amount=amount, print_job_count=count)
        return totals

    def _affairs_write_totals(self, totals):
        empty = dict.fromkeys(
            ("room_amount", "service_amount", "print_amount"), 0.0
        ) | {"booking_count": 0, "print_job_count": 0}
        with affairs_mechanism():
            for settlement in self:
                settlement.write(totals.get(settlement.agency_id, empty))

    def action_refresh(self):
        """Recount the month of draft settlements."""
        self._affairs_check_staff()
        for month, settlements in self.grouped("month").items():
            drafts = settlements.filtered(lambda s: s.state == "draft")
            for company, group in drafts.grouped("company_id").items():
                group._affairs_write_totals(self._affairs_month_totals(month, company))
        return True

    def action_invoice(self):
        """Recharge the agencies: one customer invoice per settlement to the
        agency's partner, each line on the agency's analytic account."""
        if not (
            self.env.su or self.env.user.has_group("affairs_base.group_affairs_manager")
        ):
            raise AccessError(self.env._("Only an Affairs Manager invoices agencies."))
        for settlement in self:
            if settlement.state != "draft":
                raise UserError(
                    self.env._("%s is already invoiced.", settlement.display_name)
                )
            if not settlement.currency_id.compare_amounts(settlement.amount_total, 0):
                raise UserError(
                    self.env._("%s has nothing to invoice.", settlement.display_name)
                )
            if not settlement.agency_id.affairs_partner_id:
                raise UserError(
                    self.env._(
                        "%s has no partner to invoice.", settlement.agency_id.name
                    )
                )
        # sudo: managers recharge agencies without accounting rights; the
        # invoice is the bureau accounting's, built by the suite's helper.
        moves = (
            self.env["account.move"]
            .sudo()
            .create([settlement._prepare_invoice_vals() for settlement in self])
        )
        moves.action_post()
        with affairs_mechanism():
            for settlement, move in zip(self, moves, strict=True):
                settlement.write({"state": "invoiced", "invoice_id": move.id})
        return True

    def _prepare_invoice_vals(self):
        self.ensure_one()
        Move = self.env["account.move"]
        agency = self.agency_id
        month = self.month.strftime("%Y-%m")
        lines = [
            Move._affairs_invoice_line_vals(label % month, amount, agency)
            for label, amount in (
                (self.env._("Meeting room fees %s"), self.room_amount),
                (self.env._("Meeting services %s"), self.service_amount),
                (self.env._("Printing %s"), self.print_amount),
            )
            if not self.currency_id.is_zero(amount)
        ]
        return Move._affairs_prepare_move_vals(
            "out_invoice",
            agency.affairs_partner_id,
            self.company_id,
            lines,
            date=self.date_to,
            invoice_origin=self.name,
        )

    def action_view_invoice(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.invoice_id.id,
            "view_mode": "form",
        }

    # ---- Report helpers ----
    def _affairs_bookings(self):
        """The charged bookings of the settlement's month (for the report)."""
        self.ensure_one()
        start = fields.Datetime.to_datetime(self.month)
        end = fields.Datetime.to_datetime(self.month + relativedelta(months=1))
        # sudo: the report lists every charged booking of the agency, whoever prints it.
        return (
            self.env["affairs.meeting.booking"]
            .sudo()
            .search(
                [
                    ("agency_id", "=", self.agency_id.id),
                    ("company_id", "=", self.company_id.id),
                    ("state", "in", CHARGED_BOOKING_STATES),
                    ("date_start", ">=", start),
                    ("date_start", "<", end),
                ],
                order="date_start",
            )
        )

    def _affairs_print_jobs(self):
        self.ensure_one()
        start = fields.Datetime.to_datetime(self.month)
        end = fields.Datetime.to_datetime(self.month + relativedelta(months=1))
        # sudo: the report lists the agency's charged print jobs, whoever prints it.
        return (
            self.env["affairs.print.job"]
            .sudo()
            .search(
                [
                    ("agency_id", "=", self.agency_id.id),
                    ("company_id", "=", self.company_id.id),
                    ("state", "in", CHARGED_PRINT_STATES),
                    ("ready_date", ">=", start),
                    ("ready_date", "<", end),
                ],
                order="ready_date",
            )
        )
