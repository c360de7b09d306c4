# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare, float_round

from odoo.addons.affairs_base.models.affairs_approval_mixin import affairs_mechanism

# Plausible upper bound of one budget line (CNY).
AMOUNT_MAX = 1e11


class AffairsBudgetLine(models.Model):
    """One budget line: agency × fund × classification × year.

    ``committed_amount`` is stored and rewritten by every commitment, under
    a row lock (``_affairs_lock``): two approvals racing for the same line
    serialise on that row, so neither can overrun the line.
    """

    _name = "affairs.budget.line"
    _description = "Budget Line"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "budget_id"
    _order = "year desc, agency_id, classification_code, fund_id"
    _check_company_auto = True

    budget_id = fields.Many2one(
        "affairs.budget",
        string="Agency Budget",
        required=True,
        index=True,
        ondelete="cascade",
    )
    agency_id = fields.Many2one(
        related="budget_id.agency_id", store=True, index=True, string="Agency"
    )
    year = fields.Integer(related="budget_id.year", store=True, index=True)
    company_id = fields.Many2one(related="budget_id.company_id", store=True)
    currency_id = fields.Many2one(related="budget_id.currency_id")
    state = fields.Selection(related="budget_id.state", store=True, string="Status")
    fund_id = fields.Many2one("affairs.budget.fund", required=True, index=True)
    classification_id = fields.Many2one(
        "affairs.budget.classification", required=True, index=True
    )
    classification_code = fields.Char(
        related="classification_id.code", store=True, string="Code"
    )
    is_income = fields.Boolean(related="classification_id.is_income", store=True)
    initial_amount = fields.Monetary(string="Initial Budget")
    adjustment_amount = fields.Monetary(
        string="Adjustments", compute="_compute_adjustment_amount", store=True
    )
    amount = fields.Monetary(
        string="Budget",
        compute="_compute_amount",
        store=True,
        help="Initial budget plus the approved adjustments.",
    )
    committed_amount = fields.Monetary(
        string="Committed",
        readonly=True,
        copy=False,
        help="Approved documents not yet turned into posted bills.",
    )
    actual_amount = fields.Monetary(
        string="Actual", compute="_compute_actual_amount", help="Posted journal items."
    )
    available_amount = fields.Monetary(
        string="Available", compute="_compute_actual_amount"
    )
    use_rate = fields.Float(
        string="Execution Rate (%)", compute="_compute_actual_amount", digits=(5, 1)
    )
    warning_sent = fields.Boolean(readonly=True, copy=False)
    adjustment_ids = fields.One2many(
        "affairs.budget.adjustment", "line_id", string="Adjustments Here"
    )
    adjustment_in_ids = fields.One2many(
        "affairs.budget.adjustment", "line_to_id", string="Transfers In"
    )
    commitment_ids = fields.One2many(
        "affairs.budget.commitment", "line_id", string="Commitments"
    )
    move_line_ids = fields.One2many(
        "account.move.line", "affairs_budget_line_id", string="Journal Items"
    )
    month_ids = fields.One2many(
        "affairs.budget.line.month", "line_id", string="Monthly Plan"
    )
    monthly_planned_amount = fields.Monetary(
        string="Planned by Month", compute="_compute_monthly_planned_amount"
    )

    _line_uniq = models.Constraint(
        "UNIQUE(budget_id, fund_id, classification_id)",
        "A budget has one line per fund and classification.",
    )
    _initial_amount_range = models.Constraint(
        "CHECK(initial_amount >= 0)", "A budget amount cannot be negative."
    )

    @api.depends(
        "adjustment_ids.state",
        "adjustment_ids.amount",
        "adjustment_ids.adjustment_type",
        "adjustment_in_ids.state",
        "adjustment_in_ids.amount",
    )
    def _compute_adjustment_amount(self):
        for line in self:
            total = sum(
                adjustment.amount * adjustment._affairs_sign()
                for adjustment in line.adjustment_ids
                if adjustment.state == "approved"
            )
            total += sum(
                adjustment.amount
                for adjustment in line.adjustment_in_ids
                if adjustment.state == "approved"
            )
            line.adjustment_amount = total

    @api.depends("initial_amount", "adjustment_amount")
    def _compute_amount(self):
        for line in self:
            line.amount = line.initial_amount + line.adjustment_amount

    @api.depends("amount", "committed_amount")
    def _compute_actual_amount(self):
        actual = self._affairs_actual_by_line()
        for line in self:
            line.actual_amount = actual.get(line.id, 0.0)
            line.available_amount = (
                line.amount - line.committed_amount - line.actual_amount
            )
            used = line.committed_amount + line.actual_amount
            line.use_rate = 100.0 * used / line.amount if line.amount else 0.0

    @api.depends("month_ids.planned_amount")
    def _compute_monthly_planned_amount(self):
        for line in self:
            line.monthly_planned_amount = sum(line.month_ids.mapped("planned_amount"))

    @api.constrains("initial_amount")
    def _check_initial_amount(self):
        for line in self:
            if line.initial_amount > AMOUNT_MAX:
                raise ValidationError(
                    self.env._(
                        "The budget of %(line)s is implausibly large.",
                        line=line.display_name,
                    )
                )

    def _compute_display_name(self):
        for line in self:
            line.display_name = "%s %s %s %s" % (
                line.agency_id.name or "",
                line.year,
                line.classification_id.display_name or "",
                line.fund_id.name or "",
            )

    def write(self, vals):
        self.check_access("write")
        if "initial_amount" in vals or "fund_id" in vals or "classification_id" in vals:
            if any(line.state not in ("draft", False) for line in self):
                raise UserError(
                    self.env._(
                        "A submitted or approved budget changes only through an "
                        "adjustment request (追加/调减/调剂)."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if any(line.state not in ("draft", "cancel", False) for line in self):
            raise UserError(self.env._("Only lines of a draft budget can be deleted."))

    # ------------------------------------------------------------------
    # Budget control API
    # ------------------------------------------------------------------
    def _affairs_posted_groups(self, groupby):
        """Posted amounts on the lines, grouped by line then ``groupby``, in
        one query."""
        ids = [line_id for line_id in self.ids if line_id]
        if not ids:
            return []
        # sudo: budget figures are shown to budget users, who need not read
        # journal items.
        return (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("affairs_budget_line_id", "in", ids),
                    ("parent_state", "=", "posted"),
                ],
                ["affairs_budget_line_id", *groupby],
                ["balance:sum"],
            )
        )

    def _affairs_sign(self):
        """+1 for an expenditure line (debits), -1 for an income line, whose
        posted customer invoices are credits."""
        return -1.0 if self.is_income else 1.0

    def _affairs_actual_by_line(self):
        """{line id: posted amount} in one query."""
        return {
            line.id: total * line._affairs_sign()
            for line, total in self._affairs_posted_groups([])
        }

    def _affairs_actual_by_month(self):
        """{(line id, month): posted amount} in one query."""
        groups = self._affairs_posted_groups(["date:month"])
        return {
            (line.id, month.month): total * line._affairs_sign()
            for line, month, total in groups
        }

    def _affairs_committed_by_month(self):
        """{(line id, month): still committed} of the open commitments."""
        ids = [line_id for line_id in self.ids if line_id]
        if not ids:
            return {}
        # sudo: commitments are derived data; only the lines' monthly totals are shown.
        groups = (
            self.env["affairs.budget.commitment"]
            .sudo()
            ._read_group(
                [("line_id", "in", ids), ("state", "=", "open")],
                ["line_id", "date:month"],
                ["open_amount:sum"],
            )
        )
        return {(line.id, month.month): total for line, month, total in groups}

    def _affairs_check_monthly_plan(self):
        for line in self:
            if (
                float_compare(
                    line.monthly_planned_amount,
                    line.amount,
                    precision_rounding=line.currency_id.rounding or 0.01,
                )
                > 0
            ):
                raise ValidationError(
                    self.env._(
                        "The monthly plan of %(line)s (%(planned)s) exceeds its "
                        "budget (%(budget)s).",
                        line=line.display_name,
                        planned=line.currency_id.format(line.monthly_planned_amount),
                        budget=line.currency_id.format(line.amount),
                    )
                )

    def action_generate_monthly_plan(self):
        """Spread each line's budget evenly over the twelve months (the
        rounding remainder goes to December), replacing its plan."""
        vals_list = []
        for line in self:
            rounding = line.currency_id.rounding or 0.01
            share = float_round(
                line.amount / 12, precision_rounding=rounding, rounding_method="DOWN"
            )
            vals_list += [
                {
                    "line_id": line.id,
                    "month": str(month),
                    "planned_amount": share
                    if month < 12
                    else float_round(
                        line.amount - 11 * share, precision_rounding=rounding
                    ),
                }
                for month in range(1, 13)
            ]
        self.month_ids.unlink()
        self.env["affairs.budget.line.month"].create(vals_list)
        return True

    def _affairs_lock(self):
        """Row-lock the lines until the transaction ends (concurrent approvals)."""
        if self:
            self.env.cr.execute(
                "SELECT id FROM affairs_budget_line WHERE id IN %s FOR UPDATE",
                (tuple(self.ids),),
            )
            self.invalidate_recordset(["committed_amount"])

    def _affairs_refresh_committed(self):
        """Rewrite ``committed_amount`` from the open commitments (one query)."""
        # sudo: the committer may not read commitments; only the total is kept.
        groups = (
            self.env["affairs.budget.commitment"]
            .sudo()
            ._read_group(
                [("line_id", "in", self.ids), ("state", "=", "open")],
                ["line_id"],
                ["open_amount:sum"],
            )
        )
        committed = {line.id: total for line, total in groups}
        # The budget hook's own bookkeeping on the lines of an approved budget.
        with affairs_mechanism():
            for line in self:
                # Always written: the row update is what concurrent approvals
                # of the same line collide on.
                line.committed_amount = committed.get(line.id, 0.0)

    @api.model
    def _affairs_lines_for_keys(self, keys):
        """Approved lines matching (agency id, code, year, fund code or None).

        One search for all keys. Returns {key: line}; a key without a fund
        takes the default fund's line, else the first line found.
        """
        if not keys:
            return {}
        # sudo: a document's approver need not read budget lines; they are only matched.
        lines = self.sudo().search(
            [
                ("state", "=", "approved"),
                ("agency_id", "in", list({key[0] for key in keys})),
                ("classification_code", "in", list({key[1] for key in keys})),
                ("year", "in", list({key[2] for key in keys})),
            ],
            order="id",
        )
        index = defaultdict(list)
        for line in lines:
            index[(line.agency_id.id, line.classification_code, line.year)].append(line)
        result = {}
        for key in keys:
            agency_id, code, year, fund_code = key
            candidates = index.get((agency_id, code, year), [])
            if fund_code:
                candidates = [
                    line for line in candidates if line.fund_id.code == fund_code
                ]
            default = [line for line in candidates if line.fund_id.is_default]
            if candidates:
                result[key] = (default or candidates)[0]
        return result

    @api.model
    def _affairs_available(self, agency, classification, date_value):
        """Available amount of ``agency`` for ``classification`` in the year.

        ``classification`` is a record or a code; all funds are summed.
        """
        code = (
            classification if isinstance(classification, str) else classification.code
        )
        year = fields.Date.to_date(date_value or date.today()).year
        # sudo: requesters need not read budget lines; only the amount left is shown.
        lines = self.sudo().search(
            [
                ("state", "=", "approved"),
                ("agency_id", "=", agency.id),
                ("classification_code", "=", code),
                ("year", "=", year),
            ]
        )
        return sum(lines.mapped("available_amount"))

    def _affairs_check_warning(self):
        """Warn the managers once a line's use rate reaches the threshold."""
        activity_type = self.env.ref("mail.mail_activity_data_warning")
        managers = self.env.ref("affairs_base.group_affairs_manager").user_ids
        # Income lines are not capped: collecting beyond them warns nobody.
        for line in self.filtered(
            lambda line: not line.warning_sent and not line.is_income
        ):
            rate = line.company_id.affairs_budget_warning_rate or 0.0
            if not rate or float_compare(line.use_rate, rate, precision_digits=2) < 0:
                continue
            for user in line.budget_id.approved_by_id or managers[:1]:
                # sudo: the approver of a document may not write budgets.
                line.budget_id.sudo().activity_schedule(
                    activity_type_id=activity_type.id,
                    user_id=user.id,
                    summary=self.env._(
                        "Budget line %(line)s is %(rate)s%% used",
                        line=line.display_name,
                        rate=round(line.use_rate, 1),
                    ),
                )
            with affairs_mechanism():
                line.warning_sent = True

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_view_commitments(self):
        """Documents committed against this line."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Commitments"),
            "res_model": "affairs.budget.commitment",
            "view_mode": "list,form",
            "domain": [("line_id", "in", self.ids)],
        }

    def action_view_move_lines(self):
        """Posted journal items behind the actual amount."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Journal Items"),
            "res_model": "account.move.line",
            "view_mode": "list,form",
            "domain": [
                ("affairs_budget_line_id", "in", self.ids),
                ("parent_state", "=", "posted"),
            ],
        }
