# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import BudgetCommon


class SangongFixture(BudgetCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        last = cls.year - 1
        cls._approved_budget(
            cls.agency_a, last, {cls.cls_outbound: 90000, cls.cls_running: 70000}
        )
        # Last year: 40,000 outbound, 50,000 running; this year: trip 30,000
        # (billed and posted), 20,000 running, 10,000 reception, 5,000 of
        # agency B's reception (B has no budget line: actual still counts).
        cls._post_bill(cls.agency_a, cls.cls_outbound, 40000, date(last, 5, 1))
        cls._post_bill(cls.agency_a, cls.cls_running, 50000, date(last, 5, 1))
        trip = cls._approve(cls._trip(30000))
        trip.with_user(cls.officer).action_create_bill()
        trip.bill_ids.action_post()
        cls._approve(cls._trip(999, start=date(cls.year, 9, 1)))
        cls._post_bill(cls.agency_a, cls.cls_running, 20000)
        cls._post_bill(cls.agency_a, cls.cls_reception, 10000)
        cls._post_bill(cls.agency_b, cls.cls_reception, 5000)
        cls.statement = cls.env["affairs.sangong.statement"].create(
            {
                "year": cls.year,
                "agency_ids": [(6, 0, (cls.agency_a | cls.agency_b).ids)],
            }
        )


class TestSangongStatement(SangongFixture):
    def test_figures_per_agency(self):
        """Budget, final, last year and change per item, as computed by hand."""
        data = self.statement._affairs_statement_data()
        row_a = next(
            row for row in data["rows"] if row["name"] == self.agency_a.display_name
        )
        self.assertEqual(row_a["name"], self.agency_a.display_name)
        outbound = row_a["items"]["outbound"]
        self.assertEqual(
            (
                outbound["budget"],
                outbound["final"],
                outbound["last"],
                outbound["change"],
            ),
            (100000, 30000, 40000, -10000),
        )
        self.assertAlmostEqual(outbound["change_pct"], -25.0)
        running = row_a["items"]["vehicle_running"]
        self.assertEqual(
            (running["budget"], running["final"], running["last"]),
            (80000, 20000, 50000),
        )
        self.assertEqual(row_a["items"]["vehicle_purchase"]["final"], 0)
        self.assertEqual(row_a["vehicle"]["final"], 20000)
        self.assertEqual(row_a["items"]["reception"]["final"], 10000)
        self.assertEqual(row_a["total"]["budget"], 230000)
        self.assertEqual(row_a["total"]["final"], 60000)
        self.assertEqual(row_a["total"]["last"], 90000)
        self.assertEqual(row_a["counts"]["outbound_groups"], 2)
        self.assertEqual(row_a["counts"]["outbound_persons"], 4)

    def test_compound_total(self):
        """The compound row sums the agencies."""
        data = self.statement._affairs_statement_data()
        total = data["total"]
        self.assertEqual(total["items"]["reception"]["final"], 15000)
        self.assertEqual(total["total"]["final"], 65000)
        self.assertEqual(total["counts"]["outbound_groups"], 2)

    def test_excel_export(self):
        """The Excel export carries one row per agency plus the total."""
        report = self.env["report.affairs_budget.sangong_statement_xlsx"]
        title, columns, rows = report._affairs_ledger(self.statement)
        self.assertIn(str(self.year), title)
        self.assertEqual(len(rows), 3)
        self.assertEqual(len(rows[0]), len(columns))
        self.assertEqual(rows[-1][2], 65000)

    def test_execution_report(self):
        """The execution view sums budget, committed and actual per agency."""
        groups = self.env["affairs.budget.execution.report"]._read_group(
            [
                ("agency_id", "=", self.agency_a.id),
                ("year", "=", self.year),
                ("classification_id", "=", self.cls_outbound.id),
            ],
            [],
            ["budget_amount:sum", "committed_amount:sum", "actual_amount:sum"],
        )
        self.assertEqual(groups[0], (100000, 999, 30000))


@tagged("post_install", "-at_install")
class TestSangongStatementPdf(SangongFixture):
    def test_pdf_renders(self):
        """The PDF statement renders with the agency's figures."""
        html, _format = self.env["ir.actions.report"]._render_qweb_html(
            "affairs_budget.report_sangong_statement", self.statement.ids
        )
        self.assertIn(self.agency_a.name, html.decode())
        self.assertIn("公务接待费", html.decode())
