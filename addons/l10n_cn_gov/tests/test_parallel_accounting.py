# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError

from .common import GovChartCommon


class TestParallelAccounting(GovChartCommon):
    def test_fiscal_bill_makes_budget_entry(self):
        """A fiscal-funded bill on 5001 gets 7101 debit / 8001 credit, same amount."""
        bill = self.make_bill(1234.5)
        self.assertEqual(bill.l10n_cn_gov_fund_source, "fiscal_authorized")
        self.assertEqual(self.budget_lines(bill), {"7101": 1234.5, "8001": -1234.5})
        budget = bill.l10n_cn_gov_budget_move_ids
        self.assertEqual(budget.journal_id, self.company.l10n_cn_gov_budget_journal_id)
        self.assertEqual(budget.state, "posted")
        self.assertEqual(budget.date, bill.date)
        # The budget entry is on budget accounts only: the financial side is intact.
        self.assertEqual(
            set(budget.line_ids.account_id.mapped("account_type")), {"off_balance"}
        )

    def test_direct_payment_and_non_fiscal(self):
        """Direct payment credits 6001; a bill without funding source makes nothing."""
        bill = self.make_bill(300.0, l10n_cn_gov_fund_source="fiscal_direct")
        self.assertEqual(self.budget_lines(bill), {"7101": 300.0, "6001": -300.0})
        plain = self.make_bill(80.0, l10n_cn_gov_fund_source=False)
        self.assertFalse(plain.l10n_cn_gov_budget_move_ids)
        # 5101 (public institutions) goes to 7201 事业支出.
        bill = self.make_bill(50.0, account_code="5101")
        self.assertEqual(self.budget_lines(bill), {"7201": 50.0, "8001": -50.0})
        # Fees paid in a disposal (5301) are 7901 其他支出, as the 制度's 7901 says.
        bill = self.make_bill(40.0, account_code="5301")
        self.assertEqual(self.budget_lines(bill), {"7901": 40.0, "8001": -40.0})

    def test_quota_received(self):
        """Quota arriving on the zero-balance account: 8001 debit / 6001 credit."""
        move = self.make_entry(
            [("1011", 10000.0, 0.0), ("4001", 0.0, 10000.0)],
            fund_source="fiscal_authorized",
        )
        self.assertEqual(self.budget_lines(move), {"8001": 10000.0, "6001": -10000.0})

    def test_reversal_reverses_budget_entry(self):
        """Reversing the bill reverses its budget entry; reset to draft too."""
        bill = self.make_bill(500.0)
        budget = bill.l10n_cn_gov_budget_move_ids
        refund = bill._reverse_moves(
            [{"invoice_date": bill.invoice_date, "date": bill.date}], cancel=True
        )
        self.assertEqual(refund.state, "posted")
        self.assertEqual(budget.reversal_move_ids.state, "posted")
        self.assertEqual(self.budget_lines(refund), {"7101": -500.0, "8001": 500.0})
        self.assertFalse(bill._l10n_cn_gov_active_budget_moves())

        other = self.make_bill(70.0)
        other.button_draft()
        self.assertFalse(other._l10n_cn_gov_active_budget_moves())
        self.assertEqual(self.budget_lines(other), {})
        other.action_post()
        self.assertEqual(self.budget_lines(other), {"7101": 70.0, "8001": -70.0})

    def test_credit_note_swaps_sides(self):
        """A vendor credit note (refund) makes the opposite budget entry."""
        refund = self.make_bill(40.0, move_type="in_refund")
        self.assertEqual(self.budget_lines(refund), {"7101": -40.0, "8001": 40.0})

    def test_delete_guard(self):
        bill = self.make_bill(10.0)
        with self.assertRaises(UserError):
            bill.l10n_cn_gov_budget_move_ids.unlink()

    def test_rule_validation(self):
        """A rule needs a financial account and two budget accounts."""
        Rule = self.env["l10n_cn_gov.parallel.rule"]
        with self.assertRaises(ValidationError):
            Rule.create(
                {
                    "name": "错误规则",
                    "account_id": self.account("7101").id,
                    "fund_source": "own",
                    "budget_debit_account_id": self.account("7101").id,
                    "budget_credit_account_id": self.account("8001").id,
                }
            )
        with self.assertRaises(ValidationError):
            Rule.create(
                {
                    "name": "错误规则",
                    "account_id": self.account("5201").id,
                    "fund_source": "own",
                    "budget_debit_account_id": self.account("5001").id,
                    "budget_credit_account_id": self.account("8001").id,
                }
            )
