# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import openpyxl

from odoo import Command
from odoo.tests import HttpCase, tagged

from .common import EmergencyCommon


class EmergencyReportCommon(EmergencyCommon):
    """An approved plan, a closed incident and an evaluated drill."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.plan)
        cls.incident = cls.env["affairs.emergency.incident"].create(
            {
                "title": "电梯困人",
                "location": "二号楼3号电梯",
                "plan_id": cls.plan.id,
                "level": "4",
            }
        )
        office = cls.incident.with_user(cls.duty_officer)
        office.action_activate()
        office.line_ids.action_mark_done()
        office.write({"cause": "门锁故障", "losses": "无", "lessons": "加强维保"})
        office.action_close()
        cls.drill = cls.env["affairs.emergency.drill"].create(
            {
                "plan_id": cls.plan.id,
                "scenario": "模拟电梯困人",
                "participant_ids": [
                    Command.set([cls.employee_a.id, cls.employee_duty.id])
                ],
                "evaluation": "good",
                "evaluation_note": "响应及时",
            }
        )
        cls.drill.action_load_steps()
        cls.drill.step_ids[0].observed_minutes = 9


class TestEmergencyReports(EmergencyReportCommon):
    """Incident report, drill evaluation (HTML) and the plan register (Excel)."""

    def _html(self, xmlid, records, user):
        html, _type = (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html(xmlid, records.ids)
        )
        return html.decode()

    def test_incident_report(self):
        """The report gives the checklist with acting persons and the closure report."""
        html = self._html(
            "affairs_emergency.action_report_incident", self.incident, self.duty_officer
        )
        for text in (
            "突发事件处置报告",
            "门锁故障",
            "加强维保",
            "Calm the trapped persons",
            "Duty Officer",
            "Cadre A",
        ):
            self.assertIn(text, html)

    def test_drill_evaluation(self):
        """The evaluation gives observed times, late steps and participants."""
        html = self._html(
            "affairs_emergency.action_report_drill_evaluation",
            self.drill,
            self.duty_officer,
        )
        for text in ("应急演练评估报告", "模拟电梯困人", "响应及时", "⚠", "Cadre A"):
            self.assertIn(text, html)

    def test_plan_register_xlsx(self):
        """The register lists each plan with its revision and drill status."""
        gap_plan = self._create_plan("Gap plan")
        gap_plan.role_ids[0].employee_id = False
        content, _type = self.env["ir.actions.report"]._render_xlsx(
            "affairs_emergency.action_report_plan_register_xlsx",
            (self.plan | gap_plan).ids,
            {},
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = {
            row[1]: row
            for row in sheet.iter_rows(min_row=4, values_only=True)
            if row[1]
        }
        self.assertEqual(set(rows), {"Lift entrapment plan", "Gap plan"})
        lift = rows["Lift entrapment plan"]
        self.assertEqual(lift[4], "Lift Entrapment")
        self.assertEqual(lift[6], "In Force")
        self.assertEqual(lift[10], "Yes", "no drill done yet")
        self.assertEqual(rows["Gap plan"][11], 1)


# wkhtmltopdf fetches the report assets from the test server: rendering a PDF
# needs the HTTP test mode of HttpCase, hence post_install.
@tagged("post_install", "-at_install")
class TestEmergencyPdf(EmergencyReportCommon, HttpCase):
    def test_pdf_rendering(self):
        report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        for xmlid, records in (
            ("affairs_emergency.action_report_incident", self.incident),
            ("affairs_emergency.action_report_drill_evaluation", self.drill),
        ):
            pdf, _type = report._render_qweb_pdf(xmlid, records.ids)
            self.assertTrue(pdf.startswith(b"%PDF"))
