# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_compare

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
)

from .affairs_construction_project import MAX_AMOUNT, MAX_DATE, MIN_DATE


class AffairsConstructionPayment(models.Model):
    """A progress payment request (进度款) on a contract.

    All approved payments of a contract together may not exceed its certified
    progress share of the contract amount plus approved changes, less the
    retention money. The check runs on submission and again, under a row lock
    of the contract, at each approval: two payments approved at the same time
    cannot overrun the cap.
    """

    _name = "affairs.construction.payment"
    _inherit = ["affairs.approval.mixin"]
    _description = "Construction Progress Payment"
    _order = "id desc"
    _check_company_auto = True
    _affairs_sequence_code = "affairs.construction.payment"
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "bill_id",
    )

    name = fields.Char(string="Reference", default="/", readonly=True, copy=False)
    contract_id = fields.Many2one(
        "affairs.construction.contract",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('state', '=', 'active')]",
    )
    project_id = fields.Many2one(
        related="contract_id.project_id", store=True, index=True
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    currency_id = fields.Many2one(related="contract_id.currency_id")
    agency_id = fields.Many2one(related="contract_id.agency_id", store=True)
    partner_id = fields.Many2one(related="contract_id.partner_id")
    request_date = fields.Date(required=True, default=fields.Date.context_today)
    progress_percent = fields.Float(
        string="Certified Progress (%)",
        digits=(16, 1),
        help="Certified progress the payment is requested against.",
    )
    amount = fields.Monetary(required=True)
    payable_cap = fields.Monetary(
        string="Payable in All", compute="_compute_payable_cap"
    )
    note = fields.Text()
    bill_id = fields.Many2one(
        "account.move",
        string="Vendor Bill",
        readonly=True,
        copy=False,
        check_company=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )

    @api.depends("contract_id", "progress_percent")
    def _compute_payable_cap(self):
        for payment in self:
            payment.payable_cap = (
                payment.contract_id._get_payable_cap(payment.progress_percent)
                if payment.contract_id
                else 0.0
            )

    @api.onchange("contract_id")
    def _onchange_contract_id(self):
        if self.contract_id:
            self.progress_percent = self.contract_id.certified_percent

    @api.constrains("request_date")
    def _check_request_date(self):
        for payment in self:
            if not MIN_DATE <= payment.request_date <= MAX_DATE:
                raise ValidationError(
                    self.env._("The request date must be between 1990 and 2100.")
                )

    @api.constrains("amount", "progress_percent")
    def _check_amount(self):
        for payment in self:
            if not 0 < payment.amount <= MAX_AMOUNT:
                raise ValidationError(
                    self.env._("A payment needs a positive, plausible amount.")
                )
            if not 0 <= payment.progress_percent <= 100:
                raise ValidationError(
                    self.env._("Progress percentages are between 0 and 100.")
                )

    # ---- Workflow hooks ----
    def _affairs_check_submit(self):
        self._check_payable()

    def action_approve(self):
        """Approve the current step, the cap checked under a contract lock."""
        self = self._affairs_in_user_lang()
        self._lock_contracts()
        for payment in self:
            payment._check_payable()
        return super().action_approve()

    def action_create_bill(self):
        """Vendor bill of approved payments, on the project's analytic account."""
        self = self._affairs_in_user_lang()
        for payment in self:
            if payment.state != "approved" or payment.bill_id:
                raise UserError(
                    self.env._(
                        "%(name)s is not an approved payment without a bill.",
                        name=payment.display_name,
                    )
                )
        for payment in self:
            move = self.env["account.move"].create(payment._prepare_bill_vals())
            payment._affairs_transition_write({"bill_id": move.id})
        return True

    def action_view_bill(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "view_mode": "form",
            "res_id": self.bill_id.id,
        }

    # ---- Helpers ----
    def _lock_contracts(self):
        """Row-lock the contracts: concurrent approvals wait for each other."""
        contract_ids = tuple(self.contract_id.ids)
        if contract_ids:
            self.env.cr.execute(
                SQL(
                    "SELECT id FROM affairs_construction_contract "
                    "WHERE id IN %s FOR UPDATE",
                    contract_ids,
                )
            )
            # What another transaction committed before the lock was granted
            # must be read again.
            self.env.invalidate_all()

    def _check_payable(self):
        """Refuse a payment that would take the contract over its cap."""
        self.ensure_one()
        contract = self.contract_id
        if float_compare(self.progress_percent, contract.certified_percent, 1) > 0:
            raise UserError(
                self.env._(
                    "%(name)s claims %(claimed)s%% progress but only %(certified)s%% "
                    "is certified on %(contract)s.",
                    name=self.display_name,
                    claimed=self.progress_percent,
                    certified=contract.certified_percent,
                    contract=contract.display_name,
                )
            )
        # sudo: the cap counts every approved payment of the contract, whether
        # or not the current user may read them all.
        paid = sum(
            self.sudo()
            .search(
                [
                    ("contract_id", "=", contract.id),
                    ("state", "=", "approved"),
                    ("id", "!=", self.id),
                ]
            )
            .mapped("amount")
        )
        cap = contract._get_payable_cap(self.progress_percent)
        if float_compare(paid + self.amount, cap, precision_rounding=0.01) > 0:
            raise UserError(
                self.env._(
                    "%(name)s is refused: with the %(paid)s already approved it "
                    "would exceed %(cap)s, the certified progress share of "
                    "%(contract)s less retention.",
                    name=self.display_name,
                    paid=contract.currency_id.format(paid),
                    cap=contract.currency_id.format(cap),
                    contract=contract.display_name,
                )
            )

    def _prepare_bill_vals(self):
        """Values of the vendor bill of this payment (one line, no tax)."""
        self.ensure_one()
        project = self.project_id
        distribution = (
            {str(project.analytic_account_id.id): 100}
            if project.analytic_account_id
            else {}
        )
        return {
            "move_type": "in_invoice",
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "invoice_date": self.request_date,
            "ref": self.name,
            "invoice_line_ids": [
                fields.Command.create(
                    {
                        "name": f"{project.code} {project.name} - {self.name}",
                        "quantity": 1,
                        "price_unit": self.amount,
                        "tax_ids": [fields.Command.clear()],
                        "analytic_distribution": distribution,
                    }
                )
            ],
        }
