# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields
from odoo.exceptions import ValidationError

from .common import GovChartCommon


class TestGovReports(GovChartCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        today = fields.Date.today()
        cls.report = cls.env["l10n_cn_gov.period.report"].create(
            {"date_from": today.replace(day=1), "date_to": today}
        )

    def test_reconciliation_explains_differences(self):
        """本期盈余与预算结余差异: depreciation and an asset purchase are explained."""
        self.make_entry(
            [("1011", 2000.0, 0.0), ("4001", 0.0, 2000.0)],
            fund_source="fiscal_authorized",
        )
        self.make_bill(600.0)  # expense = budget expenditure
        self.make_bill(900.0, account_code="1601")  # budget expenditure, no expense
        self.make_entry([("5001", 150.0, 0.0), ("1602", 0.0, 150.0)])  # depreciation
        report = self.report
        report.invalidate_recordset()
        self.assertAlmostEqual(report.surplus, 2000.0 - 600.0 - 150.0)
        self.assertAlmostEqual(report.budget_balance, 2000.0 - 600.0 - 900.0)
        self.assertAlmostEqual(report.expense_not_budget, 150.0)
        self.assertAlmostEqual(report.budget_expense_not_expense, 900.0)
        self.assertAlmostEqual(report.income_not_budget, 0.0)
        self.assertAlmostEqual(report.unexplained, 0.0)

    def test_trial_balance_and_budget_summary(self):
        self.make_bill(600.0)
        rows = {row[0].code: row for row in self.report._trial_balance_rows()}
        self.assertEqual(rows["5001"][2], 600.0)
        self.assertEqual(rows["2302"][3], 600.0)
        self.assertEqual(rows["7101"][4], 600.0)
        summary = self.report._budget_summary_rows()
        self.assertEqual(
            [(a.code, amount) for a, _code, amount in summary["expense"]],
            [("7101", 600.0)],
        )

    def test_excel_exports(self):
        """The three workbooks render as xlsx files."""
        self.make_bill(100.0)
        for xmlid in (
            "l10n_cn_gov.action_report_trial_balance_xlsx",
            "l10n_cn_gov.action_report_budget_summary_xlsx",
            "l10n_cn_gov.action_report_reconciliation_xlsx",
        ):
            content, kind = self.env["ir.actions.report"]._render(
                xmlid, self.report.ids
            )
            self.assertEqual(kind, "xlsx")
            self.assertTrue(content.startswith(b"PK"))

    def test_period_must_be_ordered(self):
        with self.assertRaises(ValidationError):
            self.env["l10n_cn_gov.period.report"].create(
                {"date_from": "2026-02-01", "date_to": "2026-01-01"}
            )
