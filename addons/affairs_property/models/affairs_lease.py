# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    affairs_mechanism,
    approval_states,
)

PERIOD_MONTHS = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}


class AffairsLease(models.Model):
    """Leasing out or lending (出租出借) a room, parking place, storefront or asset.

    Once approved and started, the contract's payment schedule is generated
    and a customer invoice is issued for each instalment that falls due (by
    cron or by hand). Lending (出借) has no rent.
    """

    _name = "affairs.lease"
    _description = "Lease Contract"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.lease"
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Contract No.", required=True, readonly=True, copy=False, default="/"
    )
    lease_kind = fields.Selection(
        [("lease", "Lease Out (出租)"), ("lend", "Lend (出借)")],
        required=True,
        default="lease",
        tracking=True,
    )
    object_type = fields.Selection(
        [
            ("room", "Room"),
            ("parking", "Parking Place"),
            ("storefront", "Storefront"),
            ("asset", "Other Asset"),
        ],
        required=True,
        default="room",
    )
    room_id = fields.Many2one("affairs.room", string="Room", check_company=True)
    asset_id = fields.Many2one("affairs.asset", string="Asset", check_company=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Tenant",
        required=True,
        tracking=True,
        check_company=True,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        domain=[("is_affairs_agency", "=", True)],
        help="Agency whose asset is let; its analytic account gets the income.",
        check_company=True,
    )
    requester_id = fields.Many2one(
        "hr.employee",
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    date_start = fields.Date(required=True, tracking=True)
    date_end = fields.Date(required=True, tracking=True)
    rent = fields.Monetary(string="Rent per Period", tracking=True)
    period = fields.Selection(
        [
            ("month", "Monthly"),
            ("quarter", "Quarterly"),
            ("half_year", "Half-yearly"),
            ("year", "Yearly"),
        ],
        required=True,
        default="month",
    )
    line_ids = fields.One2many(
        "affairs.lease.line", "lease_id", string="Payment Schedule"
    )
    invoice_count = fields.Integer(compute="_compute_income")
    income_invoiced = fields.Monetary(
        string="Income Invoiced", compute="_compute_income"
    )
    income_total = fields.Monetary(string="Contract Value", compute="_compute_income")
    state = fields.Selection(
        approval_states(("running", "Running"), ("done", "Closed")),
        default="draft",
        required=True,
        tracking=True,
        group_expand="_affairs_group_expand_states",
        index=True,
        copy=False,
    )
    note = fields.Text()
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _rent_positive = models.Constraint(
        "CHECK(rent IS NULL OR rent >= 0)", "The rent cannot be negative."
    )
    _dates_order = models.Constraint(
        "CHECK(date_end > date_start)", "A lease must end after it starts."
    )

    @api.depends("line_ids.amount", "line_ids.invoice_id")
    def _compute_income(self):
        for lease in self:
            invoiced = lease.line_ids.filtered("invoice_id")
            lease.invoice_count = len(invoiced)
            lease.income_invoiced = sum(invoiced.mapped("amount"))
            lease.income_total = sum(lease.line_ids.mapped("amount"))

    @api.constrains("object_type", "room_id", "asset_id", "lease_kind", "rent")
    def _check_object(self):
        for lease in self:
            if not (lease.room_id or lease.asset_id):
                raise ValidationError(self.env._("A lease needs a room or an asset."))
            if lease.lease_kind == "lease" and not lease.rent:
                raise ValidationError(self.env._("A lease out needs a rent."))
            if lease.lease_kind == "lend" and lease.rent:
                raise ValidationError(self.env._("Lending (出借) is free of rent."))

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.asset_id and self.asset_id.state not in ("in_use", "idle"):
            raise UserError(
                self.env._("Asset %s is not available for letting.", self.asset_id.name)
            )
        if self.room_id.usage == "office" and self.room_id.agency_id:
            raise UserError(
                self.env._("An office in use cannot be let (管理办法: 不得出租出借).")
            )

    def action_start(self):
        """Start an approved contract: schedule the rent, mark the asset leased."""
        self._affairs_check_desk()
        for lease in self:
            if lease.state != "approved":
                raise UserError(self.env._("Only an approved contract can start."))
        self._affairs_generate_schedule()
        # sudo: the letting bureau marks the agency's asset as leased.
        self.asset_id.sudo().write({"state": "leased"})
        self.room_id.sudo().write({"state": "reserved"})
        self._affairs_transition_write({"state": "running"})
        return True

    def action_close(self):
        """Close the contract; the asset is back in use."""
        self._affairs_check_desk()
        for lease in self:
            if lease.state != "running":
                raise UserError(self.env._("Only a running contract can be closed."))
        # The schedule is the contract's: closing it drops what is not invoiced.
        with affairs_mechanism():
            self.line_ids.filtered(lambda line: not line.invoice_id).unlink()
        # sudo: the letting bureau puts the agency's asset and room back in use.
        self.asset_id.sudo().filtered(lambda a: a.state == "leased").write(
            {"state": "in_use"}
        )
        self.room_id.sudo().filtered(lambda r: r.state == "reserved").write(
            {"state": "free"}
        )
        self._affairs_transition_write({"state": "done"})
        return True

    def action_invoice_due(self):
        """Invoice every instalment due today or earlier."""
        self._affairs_check_desk()
        self.line_ids._affairs_invoice_due(fields.Date.context_today(self))
        return True

    def action_view_invoices(self):
        """Open the invoices of the contract."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Invoices"),
            "res_model": "account.move",
            "view_mode": "list,form",
            "domain": [("id", "in", self.line_ids.invoice_id.ids)],
        }

    @api.model
    def _cron_invoice_due(self):
        today = fields.Date.context_today(self)
        lines = self.env["affairs.lease.line"].search(
            [
                ("lease_id.state", "=", "running"),
                ("invoice_id", "=", False),
                ("date_due", "<=", today),
            ]
        )
        lines._affairs_invoice_due(today)

    def _affairs_generate_schedule(self):
        """One instalment per period from the start date to the end date."""
        vals_list = []
        for lease in self.filtered(lambda l: l.lease_kind == "lease"):
            step = relativedelta(months=PERIOD_MONTHS[lease.period])
            date, index = lease.date_start, 0
            while date <= lease.date_end:
                vals_list.append(
                    {"lease_id": lease.id, "date_due": date, "amount": lease.rent}
                )
                index += 1
                date = lease.date_start + step * index
        # The schedule follows from the approved terms, not from a user's edit.
        with affairs_mechanism():
            self.line_ids.filtered(lambda line: not line.invoice_id).unlink()
            self.env["affairs.lease.line"].create(vals_list)
