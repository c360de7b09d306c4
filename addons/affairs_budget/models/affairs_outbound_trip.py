# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_budget import STATES

# A plausible window for the length of one official trip abroad (days).
MAX_TRIP_DAYS = 90


class AffairsOutboundTrip(models.Model):
    """An outbound official trip (因公出国(境)): a group, its costs, approval.

    Approval commits ``amount_total`` against the agency's 30212 line of the
    trip's year; its bills carry the agency's analytic account.
    """

    _name = "affairs.outbound.trip"
    _description = "Outbound Official Trip"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.outbound.trip"
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    title = fields.Char(string="Purpose", required=True, tracking=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        tracking=True,
        domain="[('is_affairs_agency', '=', True)]",
        default=lambda self: self.env.user.employee_id.department_id.affairs_agency_id,
        check_company=True,
    )
    member_ids = fields.Many2many(
        "hr.employee",
        "affairs_outbound_trip_employee_rel",
        "trip_id",
        "employee_id",
        string="Members",
        check_company=True,
    )
    member_count = fields.Integer(
        string="Persons", compute="_compute_member_count", store=True
    )
    destination = fields.Char(string="Destination Countries", required=True)
    date_start = fields.Date(string="Departure", required=True, tracking=True)
    date_end = fields.Date(string="Return", required=True, tracking=True)
    days = fields.Integer(compute="_compute_days", store=True)
    approval_document = fields.Char(
        string="Approval Document", help="Number of the outbound approval (批件)."
    )
    cost_line_ids = fields.One2many(
        "affairs.outbound.trip.cost", "trip_id", string="Costs", copy=True
    )
    amount_total = fields.Monetary(
        string="Total", compute="_compute_amount_total", store=True
    )
    vendor_id = fields.Many2one(
        "res.partner",
        string="Travel Agency",
        check_company=True,
        help="The vendor billing the trip's costs.",
    )
    bill_ids = fields.One2many(
        "account.move", "affairs_outbound_trip_id", string="Vendor Bills"
    )
    bill_count = fields.Integer(compute="_compute_bill_count")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(
        STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )

    @api.depends("member_ids")
    def _compute_member_count(self):
        for trip in self:
            trip.member_count = len(trip.member_ids)

    @api.depends("date_start", "date_end")
    def _compute_days(self):
        for trip in self:
            trip.days = (
                (trip.date_end - trip.date_start).days + 1
                if trip.date_start and trip.date_end
                else 0
            )

    @api.depends("cost_line_ids.amount")
    def _compute_amount_total(self):
        for trip in self:
            trip.amount_total = sum(trip.cost_line_ids.mapped("amount"))

    @api.depends("bill_ids")
    def _compute_bill_count(self):
        for trip in self:
            trip.bill_count = len(trip.bill_ids)

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for trip in self:
            if trip.date_end < trip.date_start:
                raise ValidationError(
                    self.env._("A trip cannot return before it leaves.")
                )
            if trip.days > MAX_TRIP_DAYS:
                raise ValidationError(
                    self.env._(
                        "A trip of %(days)s days is implausible (at most %(max)s).",
                        days=trip.days,
                        max=MAX_TRIP_DAYS,
                    )
                )

    def _affairs_check_submit(self):
        self.ensure_one()
        if not self.member_ids or not self.cost_line_ids:
            raise UserError(
                self.env._("Name the members and the costs of %s.", self.display_name)
            )

    def _affairs_budget_values(self):
        return [
            {
                "record": trip,
                "agency": trip.agency_id,
                "classification": "30212",
                "date": trip.date_start,
                "amount": trip.amount_total,
                "moves": trip.bill_ids,
            }
            for trip in self
        ]

    def action_create_bill(self):
        """A draft vendor bill of the costs, on the agency's analytic account."""
        self.ensure_one()
        if self.state != "approved":
            raise UserError(self.env._("Only an approved trip can be billed."))
        if not self.vendor_id:
            raise UserError(self.env._("Set the travel agency of %s.", self.name))
        if self.bill_ids.filtered(lambda move: move.state != "cancel"):
            raise UserError(self.env._("%s is billed already.", self.name))
        classification = self.env["affairs.budget.classification"].search(
            [("code", "=", "30212")], limit=1
        )
        distribution = self.agency_id._affairs_analytic_distribution()
        move = self.env["account.move"].create(
            {
                "move_type": "in_invoice",
                "partner_id": self.vendor_id.id,
                "company_id": self.company_id.id,
                "invoice_date": self.date_end,
                "ref": self.name,
                "affairs_outbound_trip_id": self.id,
                "invoice_line_ids": [
                    fields.Command.create(
                        {
                            "name": f"{self.name} - {line.name}",
                            "quantity": 1,
                            "price_unit": line.amount,
                            "tax_ids": [fields.Command.clear()],
                            "analytic_distribution": distribution,
                            "affairs_budget_classification_id": classification.id,
                        }
                    )
                    for line in self.cost_line_ids
                ],
            }
        )
        return self.action_view_bills(move)

    def action_view_bills(self, moves=None):
        """The vendor bills of the trip."""
        self.ensure_one()
        moves = moves or self.bill_ids
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Vendor Bills"),
            "res_model": "account.move",
            "view_mode": "list,form",
            "domain": [("id", "in", moves.ids)],
            "context": {"default_move_type": "in_invoice", "create": False},
        }
