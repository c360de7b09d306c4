# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import openpyxl

from odoo.tests import HttpCase, tagged

from .common import ProcurementCommon


@tagged("post_install", "-at_install")
class TestReports(HttpCase, ProcurementCommon):
    """Evaluation report and award notice (PDF), statistics (Excel).

    Post-install HttpCase: wkhtmltopdf fetches the report assets from the
    server, which must see the test transaction.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls._bidding_project(
            [
                (cls.supplier_a, 100000.0, True),
                (cls.supplier_b, 95000.0, False),
                (cls.supplier_c, 92000.0, False),
            ],
            budget_amount=123456.0,
        ).with_user(cls.executor)
        cls.project.action_evaluate()
        cls.project.action_award()

    def test_evaluation_report(self):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        html, _format = Report._render_qweb_html(
            "affairs_procurement.action_report_evaluation", self.project.ids
        )
        html = html.decode()
        self.assertIn("评标报告", html)
        self.assertIn("Supplier A", html)
        self.assertIn("90,000.00", html)
        pdf, _format = Report._render_qweb_pdf(
            "affairs_procurement.action_report_evaluation", self.project.ids
        )
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_award_notice(self):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        html, _format = Report._render_qweb_html(
            "affairs_procurement.action_report_award_notice", self.project.ids
        )
        html = html.decode()
        self.assertIn("中标（成交）通知书", html)
        self.assertIn("壹拾万元整", html)
        pdf, _format = Report._render_qweb_pdf(
            "affairs_procurement.action_report_award_notice", self.project.ids
        )
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_statistics_xlsx(self):
        other = self._create_project(title="Not awarded")
        report = self.env.ref(
            "affairs_procurement.action_report_procurement_stats_xlsx"
        )
        content, _format = report._render_xlsx(
            report.report_name, (self.project | other).ids, {}
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 1)
        year, agency, _method, _kind, count, budget, award, savings, rate = rows[0]
        self.assertEqual(agency, "市财政局")
        self.assertEqual(
            (count, budget, award, savings), (1, 123456.0, 100000.0, 23456.0)
        )
        self.assertAlmostEqual(rate, 19.0, places=0)
