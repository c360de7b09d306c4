# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import openpyxl

from odoo import Command
from odoo.tests import HttpCase, tagged

from .common import ReceptionCommon, ReceptionFixtures


class TestReceptionReports(ReceptionCommon):
    """Approval form and reception list (PDF), statistics (Excel)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.reception = cls._create_reception(guests=2)
        cls.reception.guest_ids[0].write({"name": "张三", "post": "处长"})
        cls.env["affairs.reception.meal"].create(
            {
                "reception_id": cls.reception.id,
                "date": cls.day(1),
                "meal_type": "work_meal",
                "guest_count": 2,
                "companion_count": 1,
                "cost_per_person": 123.45,
                "companion_ids": [Command.link(cls.employee_host.id)],
            }
        )
        cls.env["affairs.reception.activity"].create(
            {
                "reception_id": cls.reception.id,
                "name": "座谈交流",
                "date_start": cls.at(0, 14),
                "date_end": cls.at(0, 16),
                "venue": "三楼会议室",
            }
        )

    def _html(self, xmlid):
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            xmlid, self.reception.ids
        )
        return html.decode()

    def test_approval_form_html(self):
        html = self._html("affairs_reception.action_report_reception_approval")
        self.assertIn("接待审批单", html)
        self.assertIn("张三", html)
        self.assertIn(self.reception.letter_number, html)
        # 3 persons x 123.45 = 370.35
        self.assertIn("叁佰柒拾元叁角伍分", html)

    def test_approval_form_shows_approval(self):
        self._approve(self.reception)
        html = self._html("affairs_reception.action_report_reception_approval")
        self.assertIn("Reception approval (manager)", html)
        self.assertIn(self.manager.name, html)

    def test_reception_list_html(self):
        self.reception.meal_ids.actual_amount = 350
        html = self._html("affairs_reception.action_report_reception_list")
        for text in (
            "接待清单",
            "张三",
            "处长",
            "座谈交流",
            "三楼会议室",
            "Host Chen",
            self.visitor.name,
            "叁佰伍拾元整",
        ):
            self.assertIn(text, html)

    def _xlsx_rows(self, receptions):
        content, _type = self.env["ir.actions.report"]._render_xlsx(
            "affairs_reception.action_report_reception_statistics_xlsx",
            receptions.ids,
            {},
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        return [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]]

    def test_statistics_xlsx(self):
        other = self._create_reception(guests=4, host_agency_id=self.agency_b.id)
        self.env["affairs.reception.transport"].create(
            {
                "reception_id": other.id,
                "date": self.day(0),
                "amount_planned": 400,
                "actual_amount": 400,
            }
        )
        rows = self._xlsx_rows(self.reception | other)
        self.assertEqual(len(rows), 2)
        by_agency = {row[0]: row for row in rows}
        row_b = by_agency[self.agency_b.display_name]
        self.assertEqual(row_b[1], self.day(0).strftime("%Y-%m"))
        self.assertEqual(row_b[2], 1)
        self.assertEqual(row_b[3], 4)
        self.assertEqual(row_b[4], 400)
        self.assertEqual(row_b[5], 100)

    def test_statistics_query_count_scales(self):
        """The Excel ledger costs the same queries for 10 and 40 receptions."""

        def count_queries(size):
            receptions = self.env["affairs.reception"].create(
                [self._reception_vals(guests=1) for _index in range(size)]
            )
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            self.env[
                "report.affairs_reception.reception_statistics_xlsx"
            ]._affairs_ledger(receptions)
            return self.env.cr.sql_log_count - before

        self.assertEqual(count_queries(10), count_queries(40))

    def test_amounts_compute_query_count_scales(self):
        """Recomputing planned totals does not query per reception."""

        def count_queries(size):
            receptions = self.env["affairs.reception"].create(
                [self._reception_vals(guests=1) for _index in range(size)]
            )
            self.env["affairs.reception.transport"].create(
                [
                    {
                        "reception_id": reception.id,
                        "date": self.day(0),
                        "amount_planned": 10,
                    }
                    for reception in receptions
                ]
            )
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            receptions.read(["amount_planned", "guest_count", "top_rank_id"])
            return self.env.cr.sql_log_count - before

        self.assertEqual(count_queries(10), count_queries(40))


# wkhtmltopdf fetches the report assets from the test server: rendering a PDF
# needs the HTTP test mode of HttpCase, hence post_install.
@tagged("post_install", "-at_install")
class TestReceptionPdf(ReceptionFixtures, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_affairs_fixtures()

    def test_pdf_rendering(self):
        reception = self._create_reception(guests=2)
        report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        for xmlid in (
            "affairs_reception.action_report_reception_approval",
            "affairs_reception.action_report_reception_list",
        ):
            pdf, _type = report._render_qweb_pdf(xmlid, reception.ids)
            self.assertTrue(pdf.startswith(b"%PDF"))


class TestReceptionReportAccess(ReceptionCommon):
    def test_officer_without_hr_rights_prints_list(self):
        """The list names the accompanying staff even for officers who cannot
        read employees."""
        reception = self._create_reception(guests=2)
        self._meal(reception, companion_count=1).companion_ids = self.employee_host
        self.assertFalse(self.officer.has_group("hr.group_hr_user"))
        html = (
            self.env["ir.actions.report"]
            .with_user(self.officer)
            ._render_qweb_html(
                "affairs_reception.action_report_reception_list", reception.ids
            )[0]
            .decode()
        )
        self.assertIn("Host Chen (Director)", html)


class TestReceptionViews(ReceptionCommon):
    def test_views_load_for_officer(self):
        """List, form, kanban, calendar, pivot, graph and search views load."""
        views = (
            self.env["affairs.reception"]
            .with_user(self.officer)
            .get_views(
                [
                    (False, view_type)
                    for view_type in (
                        "list",
                        "form",
                        "kanban",
                        "calendar",
                        "pivot",
                        "graph",
                        "search",
                    )
                ]
            )
        )
        self.assertEqual(
            set(views["views"]),
            {"list", "form", "kanban", "calendar", "pivot", "graph", "search"},
        )
        groups = (
            self.env["affairs.reception"]
            .with_user(self.officer)
            .formatted_read_group(
                [],
                ["host_agency_id", "date_arrival:month"],
                ["guest_count:sum", "__count"],
            )
        )
        self.assertIsInstance(groups, list)
