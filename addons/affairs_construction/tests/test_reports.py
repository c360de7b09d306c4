# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import openpyxl

from odoo.tests import HttpCase, tagged

from .common import ConstructionCommon


class TestReports(ConstructionCommon):
    """Project card (QWeb) and project ledger (Excel)."""

    def test_project_card_html(self):
        self._certify(self.contract, 50.0)
        change = self._change(self.contract, 12000.0)
        change.with_user(self.manager).action_approve()
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "affairs_construction.action_report_project_card", self.project.ids
        )
        html = html.decode()
        self.assertIn(self.project.name, html)
        self.assertIn(self.contract.name, html)
        self.assertIn(change.name, html)
        # 3,800,000 in capital numerals
        self.assertIn("叁佰捌拾万元整", html)

    def test_project_ledger_xlsx(self):
        self.project.write({"final_amount": 3610000.0})
        content, _type = self.env["ir.actions.report"]._render_xlsx(
            "affairs_construction.action_report_project_ledger_xlsx",
            self.project.ids,
            {},
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0][0], self.project.code)
        self.assertEqual(rows[0][9], 1000000.0)
        self.assertAlmostEqual(rows[0][16], 5.0)


@tagged("post_install", "-at_install")
class TestProjectCardPdf(HttpCase):
    def test_project_card_pdf(self):
        agency = self.env["hr.department"].create(
            {
                "name": "PDF Agency",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        project = self.env["affairs.construction.project"].create(
            {
                "name": "PDF project",
                "agency_id": agency.id,
                "site": "Building 9",
                "budget_amount": 100000.0,
            }
        )
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        pdf, report_type = Report._render_qweb_pdf(
            "affairs_construction.action_report_project_card", project.ids
        )
        self.assertEqual(report_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
