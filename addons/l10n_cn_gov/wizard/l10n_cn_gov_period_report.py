# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class L10nCnGovPeriodReport(models.TransientModel):
    _name = "l10n_cn_gov.period.report"
    _description = "Government Accounting Period Reports"

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(month=1, day=1),
    )
    date_to = fields.Date(
        string="To", required=True, default=lambda self: fields.Date.context_today(self)
    )
    # 本期盈余与预算结余差异调节
    surplus = fields.Monetary(
        string="Current Period Surplus", compute="_compute_reconciliation"
    )
    income_not_budget = fields.Monetary(
        string="Revenue Not Recognised as Budget Revenue",
        compute="_compute_reconciliation",
    )
    budget_income_not_income = fields.Monetary(
        string="Budget Revenue Not Recognised as Revenue",
        compute="_compute_reconciliation",
    )
    expense_not_budget = fields.Monetary(
        string="Expenses Not Recognised as Budget Expenditure",
        compute="_compute_reconciliation",
    )
    budget_expense_not_expense = fields.Monetary(
        string="Budget Expenditure Not Recognised as Expenses",
        compute="_compute_reconciliation",
    )
    budget_balance = fields.Monetary(
        string="Current Period Budget Balance", compute="_compute_reconciliation"
    )
    unexplained = fields.Monetary(
        string="Unexplained Difference",
        compute="_compute_reconciliation",
        help="Zero when every difference between the two sides is explained.",
    )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for report in self:
            if report.date_from > report.date_to:
                raise ValidationError(
                    self.env._("The start of the period must precede its end.")
                )
            if (report.date_to - report.date_from).days > 366 * 10:
                raise ValidationError(
                    self.env._("Choose a period of at most ten years.")
                )

    # ---- Data ----

    def _line_domain(self, date_from=None):
        self.ensure_one()
        domain = [
            ("company_id", "=", self.company_id.id),
            ("parent_state", "=", "posted"),
            ("date", "<=", self.date_to),
        ]
        return domain + [("date", ">=", date_from or self.date_from)]

    def _budget_accounts(self, prefix):
        """Budget-accounting accounts of the company whose code starts with prefix."""
        accounts = (
            self.env["account.account"]
            .with_company(self.company_id)
            .search(
                [
                    ("account_type", "=", "off_balance"),
                    ("company_ids", "in", self.company_id.ids),
                ]
            )
        )
        return accounts.filtered(lambda a: (a.code or "").startswith(prefix))

    def _reconciliation_items(self):
        """Per financial entry: (revenue, expenses, budget revenue, budget
        expenditure) of the period. Budget entries count for the financial entry
        they parallel; budget entries made by hand count for themselves."""
        self.ensure_one()
        Line = self.env["account.move.line"]
        items = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        groups = (
            (0, [("account_id.internal_group", "=", "income")], -1),
            (1, [("account_id.internal_group", "=", "expense")], 1),
            (2, [("account_id", "in", self._budget_accounts("6").ids)], -1),
            (3, [("account_id", "in", self._budget_accounts("7").ids)], 1),
        )
        for index, domain, sign in groups:
            for move, balance in Line._read_group(
                self._line_domain() + domain, ["move_id"], ["balance:sum"]
            ):
                key = move.l10n_cn_gov_source_move_id or move
                items[key][index] += sign * balance
        return items

    @api.depends("company_id", "date_from", "date_to")
    def _compute_reconciliation(self):
        for report in self:
            values = dict.fromkeys(
                (
                    "surplus",
                    "income_not_budget",
                    "budget_income_not_income",
                    "expense_not_budget",
                    "budget_expense_not_expense",
                    "budget_balance",
                ),
                0.0,
            )
            if report.company_id and report.date_from and report.date_to:
                for (
                    income,
                    expense,
                    b_income,
                    b_expense,
                ) in report._reconciliation_items().values():
                    values["surplus"] += income - expense
                    values["budget_balance"] += b_income - b_expense
                    gap = income - b_income
                    values["income_not_budget"] += max(gap, 0.0)
                    values["budget_income_not_income"] += max(-gap, 0.0)
                    gap = expense - b_expense
                    values["expense_not_budget"] += max(gap, 0.0)
                    values["budget_expense_not_expense"] += max(-gap, 0.0)
            report.update(values)
            report.unexplained = (
                report.currency_id.round(
                    values["surplus"]
                    - values["income_not_budget"]
                    + values["budget_income_not_income"]
                    + values["expense_not_budget"]
                    - values["budget_expense_not_expense"]
                    - values["budget_balance"]
                )
                if report.currency_id
                else 0.0
            )

    def _trial_balance_rows(self):
        """(account, opening balance, period debit, period credit, closing) for
        every account with an opening balance or movements."""
        self.ensure_one()
        Line = self.env["account.move.line"]
        base = [
            ("company_id", "=", self.company_id.id),
            ("parent_state", "=", "posted"),
        ]
        opening = dict(
            Line._read_group(
                base + [("date", "<", self.date_from)], ["account_id"], ["balance:sum"]
            )
        )
        period = {
            account: (debit, credit)
            for account, debit, credit in Line._read_group(
                self._line_domain(), ["account_id"], ["debit:sum", "credit:sum"]
            )
        }
        accounts = (
            self.env["account.account"].union(*opening, *period).sorted("code")
            if (opening or period)
            else self.env["account.account"]
        )
        rows = []
        for account in accounts:
            debit, credit = period.get(account, (0.0, 0.0))
            start = opening.get(account, 0.0)
            rows.append((account, start, debit, credit, start + debit - credit))
        return rows

    def _budget_summary_rows(self):
        """{'income': [(account, amount)], 'expense': [(account, economic code,
        amount)]} of the period, budget revenue and expenditure."""
        self.ensure_one()
        Line = self.env["account.move.line"]
        income = [
            (account, -balance)
            for account, balance in Line._read_group(
                self._line_domain()
                + [("account_id", "in", self._budget_accounts("6").ids)],
                ["account_id"],
                ["balance:sum"],
            )
        ]
        expense = [
            (account, code or "", balance)
            for account, code, balance in Line._read_group(
                self._line_domain()
                + [("account_id", "in", self._budget_accounts("7").ids)],
                ["account_id", "l10n_cn_gov_economic_code"],
                ["balance:sum"],
            )
        ]
        return {
            "income": sorted(income, key=lambda r: r[0].code),
            "expense": sorted(expense, key=lambda r: (r[0].code, r[1])),
        }

    # ---- Actions ----

    def action_refresh(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_export_trial_balance(self):
        return self.env.ref(
            "l10n_cn_gov.action_report_trial_balance_xlsx"
        ).report_action(self)

    def action_export_budget_summary(self):
        return self.env.ref(
            "l10n_cn_gov.action_report_budget_summary_xlsx"
        ).report_action(self)

    def action_export_reconciliation(self):
        return self.env.ref(
            "l10n_cn_gov.action_report_reconciliation_xlsx"
        ).report_action(self)
