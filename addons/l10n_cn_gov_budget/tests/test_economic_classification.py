# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, fields

from odoo.addons.l10n_cn_gov.tests.common import GovChartCommon
from odoo.addons.l10n_cn_gov_budget.hooks import post_init_hook


class TestGovEconomicClassification(GovChartCommon):
    """The budget entries of classified bills, and the 预算收入支出表."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agency = cls.env["hr.department"].create(
            {
                "name": "市财政局（预算测试）",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        cls.reception = cls.env.ref("affairs_budget.classification_30217")
        cls.vehicles = cls.env.ref("affairs_budget.classification_30231")
        today = fields.Date.today()
        cls.report = cls.env["l10n_cn_gov.period.report"].create(
            {"date_from": today.replace(day=1), "date_to": today}
        )

    def _bill(self, amount, classification=None):
        line = self.env["account.move"]._affairs_invoice_line_vals(
            "公务接待餐费", amount, self.agency, account_id=self.account("5001").id
        )
        if classification:
            line["affairs_budget_classification_id"] = classification.id
        bill = self.env["account.move"].create(
            {
                "move_type": "in_invoice",
                "partner_id": self.vendor.id,
                "invoice_date": fields.Date.today(),
                "invoice_line_ids": [Command.create(line)],
            }
        )
        bill.action_post()
        return bill

    def _budget_lines(self, bill):
        return sorted(
            bill.l10n_cn_gov_budget_move_ids.line_ids.mapped(
                lambda l: (l.account_id.code, l.l10n_cn_gov_economic_code, l.balance)
            )
        )

    def _summary(self):
        return [
            (account.code, code, amount)
            for account, code, amount in self.report._budget_summary_rows()["expense"]
        ]

    def test_classified_bill_gives_a_classified_budget_entry(self):
        """A fiscal-funded bill of 800 classified 30217 公务接待费: its budget
        entry Dr 7101 / Cr 8001 carries 30217, and the summary shows 800 under
        7101 行政支出 · 30217, beside an unclassified bill of 100."""
        bill = self._bill(800.0, self.reception)
        self.assertEqual(bill.l10n_cn_gov_fund_source, "fiscal_authorized")
        expense = bill.invoice_line_ids
        self.assertEqual(expense.account_id.code, "5001")
        self.assertEqual(
            expense.analytic_distribution,
            {str(self.agency.affairs_analytic_account_id.id): 100},
        )
        self.assertEqual(expense.l10n_cn_gov_economic_code, "30217")
        self.assertEqual(
            self._budget_lines(bill),
            [("7101", "30217", 800.0), ("8001", "30217", -800.0)],
        )
        self._bill(100.0)
        self.assertEqual(
            self._summary(), [("7101", "", 100.0), ("7101", "30217", 800.0)]
        )

    def test_classification_wins_over_the_rule_code(self):
        """The rule's default code only fills in for unclassified lines."""
        rule = self.env["l10n_cn_gov.parallel.rule"].search(
            [
                ("company_id", "=", self.company.id),
                ("account_id.code", "=", "5001"),
                ("fund_source", "=", "fiscal_authorized"),
            ]
        )
        rule.economic_code = "30299"
        self.assertEqual(self._budget_lines(self._bill(50.0))[0][1], "30299")
        self.assertEqual(
            self._budget_lines(self._bill(60.0, self.reception))[0][1], "30217"
        )

    def test_budget_entry_follows_a_later_classification(self):
        """Classified after posting (chosen on the bill, or matched to a
        commitment after the budget entry was made): the budget entry and the
        summary follow."""
        bill = self._bill(300.0)
        self.assertEqual(
            self._budget_lines(bill), [("7101", False, 300.0), ("8001", False, -300.0)]
        )
        bill.invoice_line_ids.affairs_budget_classification_id = self.vehicles
        self.assertEqual(
            self._budget_lines(bill),
            [("7101", "30231", 300.0), ("8001", "30231", -300.0)],
        )
        self.assertEqual(self._summary(), [("7101", "30231", 300.0)])

    def test_classification_mapped_from_the_account(self):
        """A classification mapped to 5001 classifies the bill and its twin."""
        self.vehicles.account_ids = [Command.link(self.account("5001").id)]
        bill = self._bill(420.0)
        self.assertEqual(
            bill.invoice_line_ids.affairs_budget_classification_id.code, "30231"
        )
        self.assertEqual(
            self._budget_lines(bill),
            [("7101", "30231", 420.0), ("8001", "30231", -420.0)],
        )

    def test_install_codes_the_items_classified_before(self):
        """Items classified before the bridge existed get their code, and
        their budget twins too, when it is installed."""
        bill = self._bill(700.0, self.reception)
        lines = bill.line_ids | bill.l10n_cn_gov_budget_move_ids.line_ids
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE account_move_line SET l10n_cn_gov_economic_code = NULL"
            " WHERE id = ANY(%s)",
            [lines.ids],
        )
        lines.invalidate_recordset(["l10n_cn_gov_economic_code"])
        self.assertEqual(self._budget_lines(bill)[0][1], False)
        post_init_hook(self.env)
        self.assertEqual(
            self._budget_lines(bill),
            [("7101", "30217", 700.0), ("8001", "30217", -700.0)],
        )
