# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import openpyxl

from odoo.tests import HttpCase, tagged

from .common import AffairsCommon, import_rows


class TestImport(AffairsCommon):
    """A bureau's first day: agencies, sections and cadres from its spreadsheets."""

    def test_agencies_good_rows_then_reimport_updates(self):
        rows = [
            ["市审计局", "", True, "municipal", "party_government", 30],
            ["办公室", "市审计局", False, "", "", 0],
            ["审计一科", "市审计局", False, "", "", 0],
        ]
        result = import_rows(self.env, "hr.department", "agency", rows)
        self.assertFalse(result["messages"], result["messages"])
        agency = self.env["hr.department"].search([("name", "=", "市审计局")])
        self.assertTrue(agency.is_affairs_agency)
        self.assertEqual(agency.affairs_headcount, 30)
        sections = self.env["hr.department"].search([("parent_id", "=", agency.id)])
        self.assertEqual(sorted(sections.mapped("name")), ["办公室", "审计一科"])
        self.assertEqual(sections.affairs_agency_id, agency)

        rows[0][5] = 35
        result = import_rows(self.env, "hr.department", "agency", rows)
        self.assertFalse(result["messages"], result["messages"])
        self.assertEqual(
            self.env["hr.department"].search_count([("name", "=", "市审计局")]), 1
        )
        self.assertEqual(
            self.env["hr.department"].search_count([("parent_id", "=", agency.id)]), 2
        )
        self.assertEqual(
            agency.affairs_headcount, 35, "the same file updates, it does not duplicate"
        )

    def test_employees_bad_rows_store_nothing(self):
        rank = self.env.ref("affairs_base.rank_section")
        rows = [
            ["A001", "张伟", "市财政局 / 预算科", "科长", rank.name, "", ""],
            ["A002", "李娜", "不存在的局", "科员", "", "", ""],
            ["A003", "王强", "市财政局 / 预算科", "科员", "不存在的职级", "", ""],
        ]
        before = self.env["hr.employee"].search_count([])
        result = import_rows(self.env, "hr.employee", "employee", rows)
        errors = [
            message for message in result["messages"] if message["type"] == "error"
        ]
        self.assertEqual({message["record"] for message in errors}, {1, 2}, errors)
        self.assertEqual(
            self.env["hr.employee"].search_count([]), before, "nothing half-imported"
        )

        result = import_rows(self.env, "hr.employee", "employee", rows[:1])
        self.assertFalse(result["messages"], result["messages"])
        employee = self.env["hr.employee"].search([("barcode", "=", "A001")])
        self.assertEqual(
            (employee.name, employee.department_id, employee.affairs_rank_id),
            ("张伟", self.section_a, rank),
        )
        rows[0][1] = "张伟伟"
        import_rows(self.env, "hr.employee", "employee", rows[:1])
        self.assertEqual(
            self.env["hr.employee"].search_count([("barcode", "=", "A001")]), 1
        )
        self.assertEqual(employee.name, "张伟伟")


@tagged("post_install", "-at_install")
class TestImportTemplate(HttpCase):
    def test_template_downloaded_from_the_import_dialog(self):
        """The template URL the import dialog offers serves the labelled columns."""
        templates = self.env["hr.employee"].get_import_templates()
        self.assertEqual(
            templates[0]["template"],
            "/affairs_base/import_template/hr.employee/employee",
        )
        self.authenticate("admin", "admin")
        response = self.url_open(templates[0]["template"])
        self.assertEqual(response.status_code, 200)
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        # Headed in the language of the user downloading it.
        admin_lang = self.env.ref("base.user_admin").lang
        labels = (
            self.env["hr.employee"]
            .with_context(lang=admin_lang)
            .fields_get(["barcode", "affairs_rank_id"], ["string"])
        )
        headers = [cell.value for cell in sheet[1]]
        self.assertEqual(headers[0], labels["barcode"]["string"])
        self.assertIn(labels["affairs_rank_id"]["string"], headers)
        self.assertEqual(
            self.url_open("/affairs_base/import_template/res.partner/x").status_code,
            404,
        )
