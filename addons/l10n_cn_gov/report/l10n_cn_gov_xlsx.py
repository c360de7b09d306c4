# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class L10nCnGovXlsxBase(models.AbstractModel):
    """Shared layout of the government accounting workbooks: a title, the
    company and period, a header row and money cells in the company currency."""

    _name = "report.l10n_cn_gov.xlsx_base"
    _inherit = "report.report_xlsx.abstract"
    _description = "Government Accounting Workbook"

    def _l10n_cn_gov_sheet(self, workbook, report, title, headers, widths):
        symbol = report.currency_id.symbol or ""
        font = {"font_name": "Noto Sans CJK SC", "font_size": 10}
        formats = {
            "title": workbook.add_format(dict(font, bold=True, font_size=14)),
            "header": workbook.add_format(
                dict(font, bold=True, bg_color="#D9E1F2", border=1, text_wrap=True)
            ),
            "text": workbook.add_format(dict(font, border=1)),
            "bold": workbook.add_format(dict(font, border=1, bold=True)),
            "money": workbook.add_format(
                dict(font, border=1, num_format=f'"{symbol}"#,##0.00')
            ),
            "total": workbook.add_format(
                dict(font, border=1, bold=True, num_format=f'"{symbol}"#,##0.00')
            ),
        }
        sheet = workbook.add_worksheet(title[:31])
        sheet.write(0, 0, title, formats["title"])
        sheet.write(
            1,
            0,
            self.env._(
                "%(company)s · %(start)s – %(end)s",
                company=report.company_id.name,
                start=report.date_from,
                end=report.date_to,
            ),
        )
        for col, (header, width) in enumerate(zip(headers, widths, strict=True)):
            sheet.set_column(col, col, width)
            sheet.write(3, col, header, formats["header"])
        sheet.freeze_panes(4, 0)
        return sheet, formats


class L10nCnGovTrialBalanceXlsx(models.AbstractModel):
    _name = "report.l10n_cn_gov.trial_balance_xlsx"
    _inherit = "report.l10n_cn_gov.xlsx_base"
    _description = "Trial Balance (Excel)"

    def generate_xlsx_report(self, workbook, data, reports):
        for report in reports:
            _ = self.env._
            sheet, fmt = self._l10n_cn_gov_sheet(
                workbook,
                report,
                _("Trial Balance"),
                [
                    _("Code"),
                    _("Account"),
                    _("Opening Balance"),
                    _("Debit"),
                    _("Credit"),
                    _("Closing Balance"),
                ],
                [10, 36, 18, 18, 18, 18],
            )
            row = 4
            totals = [0.0] * 4
            for account, start, debit, credit, end in report._trial_balance_rows():
                sheet.write(row, 0, account.code, fmt["text"])
                sheet.write(row, 1, account.name, fmt["text"])
                for col, value in enumerate((start, debit, credit, end), start=2):
                    sheet.write(row, col, value, fmt["money"])
                    totals[col - 2] += value
                row += 1
            sheet.write(row, 1, _("Total"), fmt["bold"])
            for col, value in enumerate(totals, start=2):
                sheet.write(row, col, value, fmt["total"])


class L10nCnGovBudgetSummaryXlsx(models.AbstractModel):
    _name = "report.l10n_cn_gov.budget_summary_xlsx"
    _inherit = "report.l10n_cn_gov.xlsx_base"
    _description = "Budget Revenue and Expenditure Statement (Excel)"

    def generate_xlsx_report(self, workbook, data, reports):
        for report in reports:
            _ = self.env._
            sheet, fmt = self._l10n_cn_gov_sheet(
                workbook,
                report,
                _("Budget Revenue and Expenditure Statement"),
                [_("Code"), _("Item"), _("Economic Classification"), _("Amount")],
                [10, 36, 22, 18],
            )
            summary = report._budget_summary_rows()
            row = 4
            sheet.write(row, 1, _("Budget Revenue"), fmt["bold"])
            row += 1
            income = 0.0
            for account, amount in summary["income"]:
                sheet.write(row, 0, account.code, fmt["text"])
                sheet.write(row, 1, account.name, fmt["text"])
                sheet.write(row, 3, amount, fmt["money"])
                income += amount
                row += 1
            sheet.write(row, 1, _("Total Budget Revenue"), fmt["bold"])
            sheet.write(row, 3, income, fmt["total"])
            row += 2
            sheet.write(row, 1, _("Budget Expenditure"), fmt["bold"])
            row += 1
            expense = 0.0
            for account, code, amount in summary["expense"]:
                sheet.write(row, 0, account.code, fmt["text"])
                sheet.write(row, 1, account.name, fmt["text"])
                sheet.write(row, 2, code, fmt["text"])
                sheet.write(row, 3, amount, fmt["money"])
                expense += amount
                row += 1
            sheet.write(row, 1, _("Total Budget Expenditure"), fmt["bold"])
            sheet.write(row, 3, expense, fmt["total"])
            row += 2
            sheet.write(row, 1, _("Budget Revenue less Expenditure"), fmt["bold"])
            sheet.write(row, 3, income - expense, fmt["total"])


class L10nCnGovReconciliationXlsx(models.AbstractModel):
    _name = "report.l10n_cn_gov.reconciliation_xlsx"
    _inherit = "report.l10n_cn_gov.xlsx_base"
    _description = "Surplus and Budget Balance Reconciliation (Excel)"

    def generate_xlsx_report(self, workbook, data, reports):
        for report in reports:
            _ = self.env._
            sheet, fmt = self._l10n_cn_gov_sheet(
                workbook,
                report,
                _("Reconciliation of Surplus and Budget Balance"),
                [_("Item"), _("Amount")],
                [52, 20],
            )
            lines = [
                (_("Current Period Budget Balance"), report.budget_balance, "total"),
                (
                    _("Add: revenue not recognised as budget revenue"),
                    report.income_not_budget,
                    "money",
                ),
                (
                    _("Less: budget revenue not recognised as revenue"),
                    report.budget_income_not_income,
                    "money",
                ),
                (
                    _("Add: budget expenditure not recognised as expenses"),
                    report.budget_expense_not_expense,
                    "money",
                ),
                (
                    _("Less: expenses not recognised as budget expenditure"),
                    report.expense_not_budget,
                    "money",
                ),
                (_("Current Period Surplus"), report.surplus, "total"),
                (_("Unexplained Difference"), report.unexplained, "money"),
            ]
            for row, (label, amount, kind) in enumerate(lines, start=4):
                sheet.write(row, 0, label, fmt["bold" if kind == "total" else "text"])
                sheet.write(row, 1, amount, fmt[kind])
