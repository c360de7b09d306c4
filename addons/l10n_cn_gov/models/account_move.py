# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .account_journal import FUND_SOURCES


class AccountMove(models.Model):
    _inherit = "account.move"

    l10n_cn_gov_fund_source = fields.Selection(
        FUND_SOURCES,
        string="Funding Source",
        compute="_compute_l10n_cn_gov_fund_source",
        store=True,
        readonly=False,
        precompute=True,
        copy=True,
        help="How this entry is funded. When set, posting the entry makes the "
        "parallel budget-accounting entry (平行记账) by the company's rules.",
    )
    l10n_cn_gov_source_move_id = fields.Many2one(
        "account.move",
        string="Financial Entry",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="restrict",
        help="Financial-accounting entry this budget-accounting entry parallels.",
    )
    l10n_cn_gov_budget_move_ids = fields.One2many(
        "account.move",
        "l10n_cn_gov_source_move_id",
        string="Budget Entries",
        readonly=True,
    )
    l10n_cn_gov_budget_move_count = fields.Integer(
        compute="_compute_l10n_cn_gov_budget_move_count"
    )

    @api.depends("journal_id")
    def _compute_l10n_cn_gov_fund_source(self):
        for move in self:
            if move.journal_id == move.company_id.l10n_cn_gov_budget_journal_id:
                move.l10n_cn_gov_fund_source = False
            else:
                move.l10n_cn_gov_fund_source = move.journal_id.l10n_cn_gov_fund_source

    @api.depends("l10n_cn_gov_budget_move_ids")
    def _compute_l10n_cn_gov_budget_move_count(self):
        for move in self:
            move.l10n_cn_gov_budget_move_count = len(move.l10n_cn_gov_budget_move_ids)

    # ---- ORM / accounting overrides ----

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        posted._l10n_cn_gov_make_budget_moves()
        return posted

    def button_draft(self):
        self._l10n_cn_gov_reverse_budget_moves()
        return super().button_draft()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_budget_source(self):
        if self.l10n_cn_gov_budget_move_ids.filtered(lambda m: m.state == "posted"):
            raise UserError(
                self.env._(
                    "Reset the entry to draft first: its budget-accounting entry "
                    "must be reversed with it."
                )
            )

    # ---- Parallel budget accounting ----

    def _l10n_cn_gov_active_budget_moves(self):
        """Posted budget entries of these moves that no reversal cancels yet."""
        budget_moves = self.l10n_cn_gov_budget_move_ids.filtered(
            lambda m: m.state == "posted"
        )
        # A reversal made when the entry went back to draft hangs from the same
        # entry and cancels its original: neither is active.
        return budget_moves.filtered(
            lambda m: (
                not m.reversal_move_ids.filtered(lambda r: r.state == "posted")
                and m.reversed_entry_id not in budget_moves
            )
        )

    def _l10n_cn_gov_reverse_budget_moves(self, source=None):
        """Reverse the active budget entries of these moves; the reversals hang
        from ``source`` (the financial reversal) or from the same moves."""
        for move in self:
            budget_moves = move._l10n_cn_gov_active_budget_moves()
            if not budget_moves:
                continue
            target = source or move
            reversals = budget_moves._reverse_moves(
                [
                    {
                        "date": target.date,
                        "ref": self.env._("Reversal of %s", budget.name),
                        "l10n_cn_gov_source_move_id": target.id,
                    }
                    for budget in budget_moves
                ]
            )
            reversals._post(soft=False)

    def _l10n_cn_gov_make_budget_moves(self):
        moves = self.filtered(
            lambda m: (
                m.l10n_cn_gov_fund_source
                and not m.l10n_cn_gov_source_move_id
                and m.company_id.l10n_cn_gov_budget_journal_id
                and m.journal_id != m.company_id.l10n_cn_gov_budget_journal_id
            )
        )
        if not moves:
            return
        rule_map = self.env["l10n_cn_gov.parallel.rule"]._l10n_cn_gov_rule_map(
            moves.company_id
        )
        vals_list = []
        for move in moves:
            reversed_move = move.reversed_entry_id
            if reversed_move and reversed_move._l10n_cn_gov_active_budget_moves():
                reversed_move._l10n_cn_gov_reverse_budget_moves(source=move)
                continue
            line_vals = move._l10n_cn_gov_budget_line_vals(rule_map)
            if line_vals:
                vals_list.append(move._l10n_cn_gov_budget_move_vals(line_vals))
        if vals_list:
            # sudo: whoever may post the financial entry also makes its budget
            # twin; the budget journal is not theirs to write directly.
            budget_moves = self.env["account.move"].sudo().create(vals_list)
            budget_moves._post(soft=False)

    def _l10n_cn_gov_budget_line_vals(self, rule_map):
        self.ensure_one()
        currency = self.company_id.currency_id
        line_vals = []
        for line in self.line_ids.filtered(
            lambda line: line.display_type != "line_section"
        ):
            rule = rule_map.get(
                (self.company_id.id, line.account_id.id, self.l10n_cn_gov_fund_source)
            )
            if not rule or currency.is_zero(line.balance):
                continue
            # The rule states the sides for the account's normal direction (debit
            # for assets and expenses, credit for revenue); the other direction
            # (credit notes, refunds) swaps them.
            normal = 1 if line.account_id.internal_group in ("asset", "expense") else -1
            amount = line.balance * normal
            debit, credit = rule.budget_debit_account_id, rule.budget_credit_account_id
            if amount < 0:
                debit, credit, amount = credit, debit, -amount
            common = {
                "name": line.name or rule.name,
                "partner_id": line.partner_id.id,
                "l10n_cn_gov_source_line_id": line.id,
                "l10n_cn_gov_economic_code": rule.economic_code
                or line.l10n_cn_gov_economic_code,
            }
            line_vals += [
                dict(common, account_id=debit.id, debit=amount, credit=0.0),
                dict(common, account_id=credit.id, debit=0.0, credit=amount),
            ]
        return line_vals

    def _l10n_cn_gov_budget_move_vals(self, line_vals):
        self.ensure_one()
        return {
            "move_type": "entry",
            "journal_id": self.company_id.l10n_cn_gov_budget_journal_id.id,
            "company_id": self.company_id.id,
            "date": self.date,
            "ref": self.name,
            "l10n_cn_gov_source_move_id": self.id,
            "line_ids": [fields.Command.create(vals) for vals in line_vals],
        }

    def action_l10n_cn_gov_open_budget_moves(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Budget Entries"),
            "res_model": "account.move",
            "view_mode": "list,form",
            "domain": [("id", "in", self.l10n_cn_gov_budget_move_ids.ids)],
            "context": {"create": False},
        }
