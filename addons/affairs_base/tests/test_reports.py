# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from .common import AffairsCommon


# wkhtmltopdf fetches the report assets from the test server: rendering a PDF
# needs the HTTP test mode of HttpCase, hence post_install.
@tagged("post_install", "-at_install")
class TestReports(AffairsCommon, HttpCase):
    def test_service_slip_pdf(self):
        request = self._request(title="空调维修", estimated_cost=1234.5)
        Report = self.env["ir.actions.report"]
        html = Report._render_qweb_html(
            "affairs_base.action_report_service_request", request.ids
        )[0].decode()
        self.assertIn("服务单", html)
        self.assertIn("空调维修", html)
        self.assertIn("壹仟贰佰叁拾肆元伍角整", html)
        pdf, kind = Report.with_context(force_report_rendering=True)._render_qweb_pdf(
            "affairs_base.action_report_service_request", request.ids
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
