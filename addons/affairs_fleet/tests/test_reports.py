# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re
from datetime import date, timedelta
from io import BytesIO

import openpyxl

from odoo.tests import HttpCase, tagged

from .common import AffairsFleetCommon


class TestReports(AffairsFleetCommon):
    def _xlsx_rows(self, xmlid, records):
        content, _kind = self.env["ir.actions.report"]._render_xlsx(
            xmlid, records.ids, {}
        )
        sheet = openpyxl.load_workbook(BytesIO(content)).active
        return [row for row in sheet.iter_rows(values_only=True)]

    def test_vehicle_ledger_xlsx(self):
        rows = self._xlsx_rows(
            "affairs_fleet.action_report_vehicle_ledger_xlsx",
            self.vehicle | self.vehicle_b,
        )
        self.assertEqual(rows[0][0], "Vehicle Ledger")
        self.assertEqual(rows[2][0], "Plate")
        self.assertEqual([row[0] for row in rows[3:]], ["京A00001", "京B00001"])
        self.assertEqual(rows[3][2], "市财政局")
        self.assertEqual(rows[3][5], 150000)

    def test_cost_ledger_xlsx(self):
        self.env["fleet.vehicle.log.services"].create(
            {
                "vehicle_id": self.vehicle.id,
                "service_type_id": self.env.ref("affairs_fleet.service_type_toll").id,
                "amount": 88,
                "date": date.today(),
                "state": "done",
            }
        )
        wizard = self.env["affairs.vehicle.cost.wizard"].create(
            {
                "date_from": date.today() - timedelta(days=1),
                "date_to": date.today(),
                "agency_ids": [(6, 0, self.agency_a.ids)],
            }
        )
        rows = self._xlsx_rows("affairs_fleet.action_report_cost_ledger_xlsx", wizard)
        plates = {row[0]: row for row in rows[3:]}
        self.assertEqual(set(plates), {"京A00001", "京A00002"})
        self.assertEqual(plates["京A00001"][5], 88)
        self.assertEqual(plates["京A00001"][7], 88)
        # Without a document layout the client is first sent to configure it.
        action = wizard.action_print_cost_ledger()
        self.assertIn(action["type"], ("ir.actions.report", "ir.actions.act_window"))

    def test_agency_statistics_xlsx(self):
        wizard = self.env["affairs.vehicle.cost.wizard"].create(
            {"agency_ids": [(6, 0, (self.agency_a | self.agency_b).ids)]}
        )
        rows = self._xlsx_rows(
            "affairs_fleet.action_report_agency_statistics_xlsx", wizard
        )
        data = {row[0]: row for row in rows[3:]}
        self.assertEqual(data["市财政局"][1:3], (4, 2))
        self.assertEqual(data["市教育局"][1:3], (2, 1))

    def test_dispatch_slip_stylesheets_inline(self):
        """wkhtmltopdf gets the slip's CSS inline, not as links back to the server.

        Fetching them over HTTP holds a second worker per print: on two
        workers, two officers printing at once stalled the server.
        """
        request = self.dispatch(self.create_request())
        report = self.env["ir.actions.report"]._get_report(
            "affairs_fleet.action_report_dispatch_slip"
        )
        html = report._render_qweb_html(report, request.ids)[0]
        self.assertIn(b'href="/web/assets/', html)
        bodies, _ids, header, footer, _args = report._prepare_html(
            html, report_model=report.model
        )
        for part in (*bodies, header, footer):
            self.assertNotIn("/web/assets/", part)
            styles = re.findall(r"<style>(.*?)</style>", part, re.DOTALL)
            # The bundles' rules (Bootstrap and the report layouts), not empty tags.
            self.assertGreater(sum(map(len, styles)), 10000)
            self.assertIn(".container", "".join(styles))


# wkhtmltopdf fetches the report assets from the test server: rendering a PDF
# needs the HTTP test mode of HttpCase, hence post_install.
@tagged("post_install", "-at_install")
class TestDispatchSlipPdf(AffairsFleetCommon, HttpCase):
    def test_dispatch_slip_pdf(self):
        request = self.dispatch(self.create_request())
        request.toll_amount = 12345.6
        report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        html = report._render_qweb_html(
            "affairs_fleet.action_report_dispatch_slip", request.ids
        )[0]
        html = html.decode()
        self.assertIn("派车单", html)
        self.assertIn("京A00001", html)
        self.assertIn("Driver Wang", html)
        self.assertIn("壹万贰仟叁佰肆拾伍元陆角", html)
        pdf, _kind = report._render_qweb_pdf(
            "affairs_fleet.action_report_dispatch_slip", request.ids
        )
        self.assertTrue(pdf.startswith(b"%PDF"))
