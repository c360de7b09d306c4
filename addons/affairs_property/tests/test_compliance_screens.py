# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

from odoo.tests import HttpCase, tagged
from odoo.tools.pdf import PdfFileReader

from .common import PropertyCommon


class TestComplianceFigures(PropertyCommon):
    def test_over_area_is_sum_of_each_office_excess(self):
        """A large office is not offset by a small one: the agency's over-standard
        area is the sum of each office's excess; the net total is shown beside it."""
        agency = self.env["hr.department"].create(
            {
                "name": "市财政局",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        head = self._employee("局长", agency, "division")
        clerk = self._employee("科员", agency, "staff")
        big = self._room("504", 1.0, agency, head)
        small = self._room("505", 1.0, agency, clerk)
        big.usable_area = big.entitled_area + 8.2
        small.usable_area = max(small.entitled_area - 10.0, 0.5)
        self.assertAlmostEqual(big.over_area, 8.2)
        self.assertEqual(agency.affairs_office_over_area, 8.2)
        self.assertTrue(agency.affairs_office_over_standard)
        net = max(
            big.usable_area + small.usable_area - agency.affairs_office_entitled_area, 0
        )
        self.assertAlmostEqual(agency.affairs_office_net_over_area, round(net, 2))

    def test_registers_have_analysis_views(self):
        """Requests and registers open as lists, pivots and graphs; leases in a
        calendar of their terms."""
        for xmlid in (
            "affairs_property.affairs_space_request_action",
            "affairs_property.affairs_asset_transfer_action",
            "affairs_property.affairs_asset_inventory_action",
            "affairs_property.affairs_asset_disposal_action",
            "affairs_property.affairs_lease_action",
        ):
            action = self.env.ref(xmlid)
            modes = action.view_mode.split(",")
            self.assertIn("pivot", modes, xmlid)
            self.assertIn("graph", modes, xmlid)
            for mode in modes:
                self.env[action.res_model].get_view(view_type=mode)
        self.assertIn(
            "calendar", self.env.ref("affairs_property.affairs_lease_action").view_mode
        )

    def test_cadre_does_not_see_property_administration(self):
        """Leases and disposals are the bureau's work: no menu for agency cadres."""
        visible = self.env["ir.ui.menu"].with_user(self.cadre)._visible_menu_ids()
        for xmlid in (
            "affairs_property.affairs_lease_menu",
            "affairs_property.affairs_asset_disposal_menu",
        ):
            self.assertNotIn(self.env.ref(xmlid).id, visible, xmlid)


# wkhtmltopdf fetches the report assets over HTTP: post_install, HttpCase.
@tagged("post_install", "-at_install")
class TestBatchPrinting(PropertyCommon, HttpCase):
    def _pages(self, xmlid, records):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        pdf, kind = Report._render_qweb_pdf(xmlid, records.ids)
        self.assertEqual(kind, "pdf")
        return PdfFileReader(io.BytesIO(pdf)).getNumPages()

    def test_several_records_print_at_once(self):
        """Compliance reports of several agencies, cards and QR labels of several
        assets print as one PDF, whatever the wkhtmltopdf build."""
        second = self.env["hr.department"].create(
            {
                "name": "市教育局",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        rooms = self._room("601", 20.0, self.municipal) | self._room(
            "602", 20.0, second
        )
        assets = self._asset(room_id=rooms[0].id) | self._asset(
            name="打印机", room_id=rooms[1].id
        )
        agencies = self.municipal | second
        self.assertGreaterEqual(
            self._pages("affairs_property.report_office_compliance", agencies), 2
        )
        self.assertGreaterEqual(
            self._pages("affairs_property.report_asset_card", assets), 2
        )
        self.assertGreaterEqual(
            self._pages("affairs_property.report_asset_label", assets), 1
        )
