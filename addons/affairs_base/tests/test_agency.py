# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.tests import Form

from .common import AffairsCommon


class TestAgency(AffairsCommon):
    def test_agency_known_through_the_tree(self):
        """Every department and employee knows its agency, however deep."""
        sub = self.env["hr.department"].create(
            {"name": "预算一组", "parent_id": self.section_a.id}
        )
        self.assertEqual(self.section_a.affairs_agency_id, self.agency_a)
        self.assertEqual(sub.affairs_agency_id, self.agency_a)
        self.assertEqual(self.agency_a.affairs_agency_id, self.agency_a)
        self.assertEqual(self.employee_a.affairs_agency_id, self.agency_a)
        self.assertFalse(self.employee_officer.affairs_agency_id)

    def test_agency_follows_moves(self):
        """Moving a section to another agency moves its people too (stored field)."""
        self.section_a.parent_id = self.agency_b
        self.assertEqual(self.section_a.affairs_agency_id, self.agency_b)
        self.assertEqual(self.employee_a.affairs_agency_id, self.agency_b)
        self.section_a.parent_id = self.agency_a
        self.assertEqual(self.employee_a.affairs_agency_id, self.agency_a)

    def test_only_top_level_departments_are_agencies(self):
        with self.assertRaisesRegex(ValidationError, "top-level"):
            self.section_a.write(
                {"is_affairs_agency": True, "affairs_level": "municipal"}
            )

    def test_agency_needs_a_level(self):
        with self.assertRaisesRegex(ValidationError, "administrative level"):
            self.env["hr.department"].create({"name": "X", "is_affairs_agency": True})

    def test_headcount_not_negative(self):
        with self.assertRaises(ValidationError):
            self.agency_a.affairs_headcount = -1

    def test_agency_gets_partner_and_analytic_account(self):
        self.assertTrue(self.agency_a.affairs_partner_id.is_company)
        self.assertEqual(self.agency_a.affairs_partner_id.name, "市财政局")
        account = self.agency_a.affairs_analytic_account_id
        self.assertEqual(
            account.plan_id, self.env.ref("affairs_base.analytic_plan_agencies")
        )
        self.assertEqual(
            self.section_a._affairs_analytic_distribution(), {str(account.id): 100}
        )

    def test_flag_existing_department_with_form(self):
        department = self.env["hr.department"].create({"name": "市审计局"})
        with Form(department) as form:
            form.is_affairs_agency = True
            form.affairs_level = "county"
            form.affairs_organ_type = "party_government"
        self.assertTrue(department.affairs_partner_id)
        self.assertEqual(department.affairs_agency_id, department)

    def test_actual_staff_count(self):
        self.assertEqual(self.agency_a.affairs_employee_count, 1)
        self.assertEqual(self.agency_b.affairs_employee_count, 1)
