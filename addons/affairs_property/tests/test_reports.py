# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import openpyxl

from odoo.tests import HttpCase, tagged

from .common import PropertyCommon


class TestReports(PropertyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.chief = cls._employee("王处长", cls.municipal, "division")
        cls.room = cls._room("1001", 30.0, cls.municipal, cls.chief)
        cls.asset = cls._asset(name="台式计算机", room_id=cls.room.id, value=12345.6)

    def _pdf(self, xmlid, records):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        # The PDF bytes themselves are checked by TestReportsPdf (HTTP test mode).
        return Report._render_qweb_html(xmlid, records.ids)[0].decode()

    def _xlsx(self, xmlid, records):
        content, _ext = self.env["ir.actions.report"]._render_xlsx(
            xmlid, records.ids, {}
        )
        return openpyxl.load_workbook(io.BytesIO(content)).active

    def test_asset_card_and_labels(self):
        """The card shows Chinese text, the value in capitals and a QR code."""
        html = self._pdf("affairs_property.report_asset_card", self.asset)
        self.assertIn("国有资产卡片", html)
        self.assertIn(self.asset.card_number, html)
        self.assertIn("壹万贰仟叁佰肆拾伍元陆角", html)
        self.assertIn("data:image/png;base64,", html)
        html = self._pdf("affairs_property.report_asset_label", self.asset)
        self.assertIn("国有资产标签", html)
        self.assertIn("台式计算机", html)

    def test_compliance_pdf_and_excel(self):
        """The compliance report lists the agency's figures and over-standard offices."""
        html = self._pdf("affairs_property.report_office_compliance", self.municipal)
        self.assertIn("办公用房使用情况核查表", html)
        self.assertIn("王处长", html)
        self.assertIn("超标", html)
        sheet = self._xlsx("affairs_property.compliance_xlsx", self.municipal)
        row = [cell.value for cell in sheet[4]]
        self.assertEqual(row[0], "市财政局")
        self.assertEqual(row[4], 30)
        self.assertEqual(row[7], 1)

    def test_asset_ledger_excel(self):
        """The ledger has one row per asset with class, agency and location."""
        other = self._asset(name="办公桌", code="A05.1", value=800)
        sheet = self._xlsx("affairs_property.asset_ledger_xlsx", self.asset | other)
        rows = {row[0]: row for row in sheet.iter_rows(min_row=4, values_only=True)}
        self.assertEqual(len(rows), 2)
        row = rows[self.asset.card_number]
        self.assertEqual(row[1], "台式计算机")
        self.assertIn("A02.1", row[2])
        self.assertEqual(row[5], "市财政局")
        self.assertEqual(row[7], "TB1-1001")
        self.assertAlmostEqual(row[9], 12345.6)

    def test_inventory_result(self):
        """The inventory result report shows the count lines."""
        inventory = self.env["affairs.asset.inventory"].create(
            {"agency_id": self.municipal.id}
        )
        inventory.action_generate_lines()
        html = self._pdf("affairs_property.report_inventory_result", inventory)
        self.assertIn("资产清查结果报告", html)
        self.assertIn(self.asset.card_number, html)


# wkhtmltopdf fetches the report assets over HTTP: rendering the PDF bytes
# needs the HTTP test mode of HttpCase, hence post_install.
@tagged("post_install", "-at_install")
class TestReportsPdf(PropertyCommon, HttpCase):
    def test_pdf_reports(self):
        """Asset card, labels, compliance and inventory reports render as PDF."""
        chief = self._employee("李处长", self.municipal, "division")
        room = self._room("1101", 30.0, self.municipal, chief)
        asset = self._asset(room_id=room.id)
        inventory = self.env["affairs.asset.inventory"].create(
            {"agency_id": self.municipal.id}
        )
        inventory.action_generate_lines()
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        for xmlid, records in (
            ("affairs_property.report_asset_card", asset),
            ("affairs_property.report_asset_label", asset),
            ("affairs_property.report_office_compliance", self.municipal),
            ("affairs_property.report_inventory_result", inventory),
        ):
            pdf, kind = Report._render_qweb_pdf(xmlid, records.ids)
            self.assertEqual(kind, "pdf")
            self.assertTrue(pdf.startswith(b"%PDF"), xmlid)
