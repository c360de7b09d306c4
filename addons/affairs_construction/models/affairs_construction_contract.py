# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_construction_project import MAX_AMOUNT, _rate


class AffairsConstructionContract(models.Model):
    """A contract of a project: construction, supervision or design.

    What may be paid on it is the certified progress share of the contract
    amount plus approved changes, less the retention money (质保金).
    """

    _name = "affairs.construction.contract"
    _inherit = ["mail.thread"]
    _description = "Construction Contract"
    _order = "project_id, id"
    _check_company_auto = True

    name = fields.Char(string="Contract No.", required=True, tracking=True)
    project_id = fields.Many2one(
        "affairs.construction.project",
        required=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    currency_id = fields.Many2one(related="project_id.currency_id")
    agency_id = fields.Many2one(related="project_id.agency_id", store=True)
    contract_type = fields.Selection(
        [
            ("construction", "Construction"),
            ("supervision", "Supervision"),
            ("design", "Design"),
            ("other", "Other"),
        ],
        string="Type",
        required=True,
        default="construction",
    )
    partner_id = fields.Many2one(
        "res.partner", string="Contractor", required=True, check_company=True
    )
    signed_date = fields.Date(string="Signed On")
    amount = fields.Monetary(string="Contract Amount", required=True, tracking=True)
    payment_terms = fields.Text()
    retention_rate = fields.Float(
        string="Retention Rate (%)", digits=(16, 2), default=3.0, tracking=True
    )
    retention_release_date = fields.Date(string="Retention Release Date")
    state = fields.Selection(
        [("draft", "Draft"), ("active", "In Force"), ("settled", "Settled")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    change_ids = fields.One2many("affairs.construction.change", "contract_id")
    payment_ids = fields.One2many("affairs.construction.payment", "contract_id")
    progress_ids = fields.One2many("affairs.construction.progress", "contract_id")
    change_amount = fields.Monetary(
        string="Approved Changes", compute="_compute_change_amount", store=True
    )
    revised_amount = fields.Monetary(
        string="Revised Amount", compute="_compute_change_amount", store=True
    )
    change_ratio = fields.Float(
        string="Cumulative Change Ratio (%)",
        compute="_compute_change_amount",
        store=True,
        aggregator="avg",
    )
    change_limit = fields.Float(
        string="Change Ratio Limit (%)", compute="_compute_change_limit"
    )
    is_change_over_limit = fields.Boolean(
        string="Changes Over Limit", compute="_compute_change_limit"
    )
    certified_percent = fields.Float(
        string="Certified Progress (%)",
        compute="_compute_certified_percent",
        store=True,
        digits=(16, 1),
    )
    paid_amount = fields.Monetary(
        string="Paid", compute="_compute_paid_amount", store=True
    )
    payable_amount = fields.Monetary(
        string="Payable Cap",
        compute="_compute_payable",
        help="Certified share of the revised amount, less retention money.",
    )
    remaining_payable = fields.Monetary(
        string="Still Payable", compute="_compute_payable"
    )
    retention_amount = fields.Monetary(
        string="Retention Money", compute="_compute_payable"
    )
    settlement_submitted_amount = fields.Monetary(
        string="Settlement Submitted", copy=False
    )
    settlement_amount = fields.Monetary(
        string="Settled Amount", copy=False, tracking=True
    )
    settlement_date = fields.Date(copy=False)

    # ---- Compute methods ----
    @api.depends("amount", "change_ids.amount", "change_ids.state")
    def _compute_change_amount(self):
        data = dict(
            self.env["affairs.construction.change"]._read_group(
                [("contract_id", "in", self.ids), ("state", "=", "approved")],
                ["contract_id"],
                ["amount:sum"],
            )
        )
        for contract in self:
            change = data.get(contract, 0.0)
            contract.change_amount = change
            contract.revised_amount = contract.amount + change
            contract.change_ratio = _rate(change, contract.amount)

    @api.depends("change_ratio", "project_id.company_id")
    def _compute_change_limit(self):
        Rule = self.env["affairs.construction.rule"]
        for contract in self:
            limit = Rule._get_value(
                "change_ratio_limit",
                date=contract.signed_date,
                company=contract.company_id,
            )
            contract.change_limit = limit or 0.0
            contract.is_change_over_limit = bool(
                limit is not None and abs(contract.change_ratio) > limit
            )

    @api.depends("progress_ids.percent_complete", "progress_ids.state")
    def _compute_certified_percent(self):
        data = dict(
            self.env["affairs.construction.progress"]._read_group(
                [("contract_id", "in", self.ids), ("state", "=", "certified")],
                ["contract_id"],
                ["percent_complete:max"],
            )
        )
        for contract in self:
            contract.certified_percent = data.get(contract, 0.0)

    @api.depends("payment_ids.amount", "payment_ids.state")
    def _compute_paid_amount(self):
        data = dict(
            self.env["affairs.construction.payment"]._read_group(
                [("contract_id", "in", self.ids), ("state", "=", "approved")],
                ["contract_id"],
                ["amount:sum"],
            )
        )
        for contract in self:
            contract.paid_amount = data.get(contract, 0.0)

    @api.depends("revised_amount", "retention_rate", "certified_percent", "paid_amount")
    def _compute_payable(self):
        for contract in self:
            contract.retention_amount = (
                contract.revised_amount * contract.retention_rate / 100.0
            )
            contract.payable_amount = contract._get_payable_cap(
                contract.certified_percent
            )
            contract.remaining_payable = contract.payable_amount - contract.paid_amount

    # ---- Constraints ----
    @api.constrains("amount", "settlement_amount", "settlement_submitted_amount")
    def _check_amount(self):
        for contract in self:
            if not 0 < contract.amount <= MAX_AMOUNT:
                raise ValidationError(
                    self.env._("The contract amount must be positive and plausible.")
                )
            if not (
                0 <= contract.settlement_amount <= MAX_AMOUNT
                and 0 <= contract.settlement_submitted_amount <= MAX_AMOUNT
            ):
                raise ValidationError(
                    self.env._("Settlement amounts must be positive and plausible.")
                )

    @api.constrains("retention_rate", "signed_date")
    def _check_retention_rate(self):
        Rule = self.env["affairs.construction.rule"]
        for contract in self:
            ceiling = Rule._get_value(
                "retention_rate_max",
                date=contract.signed_date,
                company=contract.company_id,
            )
            if contract.retention_rate < 0 or (
                ceiling is not None and contract.retention_rate > ceiling
            ):
                raise ValidationError(
                    self.env._(
                        "The retention rate of %(name)s must be between 0 and "
                        "%(ceiling)s%%.",
                        name=contract.name,
                        ceiling=ceiling,
                    )
                )

    # ---- Actions ----
    def action_activate(self):
        """The contract is signed and in force: progress and payments start."""
        self = self._affairs_in_user_lang()
        for contract in self:
            if contract.state != "draft":
                raise UserError(
                    self.env._("Only a draft contract can be put in force.")
                )
            if contract.project_id.state not in ("approved", "construction"):
                raise UserError(
                    self.env._(
                        "The project of %(name)s is not approved.", name=contract.name
                    )
                )
        self.write({"state": "active"})
        return True

    def action_settle(self):
        """Record the settlement (结算) of the contract."""
        self = self._affairs_in_user_lang()
        for contract in self:
            if contract.state != "active":
                raise UserError(self.env._("Only a contract in force can be settled."))
            if not (contract.settlement_amount and contract.settlement_date):
                raise UserError(
                    self.env._(
                        "Enter the settled amount and date of %(name)s.",
                        name=contract.name,
                    )
                )
            if contract.paid_amount > contract.settlement_amount:
                raise UserError(
                    self.env._(
                        "%(name)s has been paid more than its settled amount.",
                        name=contract.name,
                    )
                )
        self.write({"state": "settled"})
        return True

    # ---- Helpers ----
    def _get_payable_cap(self, progress_percent):
        """What may be paid in all at ``progress_percent`` certified progress."""
        self.ensure_one()
        return (
            self.revised_amount
            * progress_percent
            / 100.0
            * (1.0 - self.retention_rate / 100.0)
        )
