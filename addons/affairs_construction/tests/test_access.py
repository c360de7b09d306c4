# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError

from .common import ConstructionCommon


class TestAccess(ConstructionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project_b = cls._project(agency=cls.agency_b, name="Canteen")

    def test_agency_user_sees_own_agency_read_only(self):
        Project = self.env["affairs.construction.project"].with_user(self.user_a)
        self.assertEqual(Project.search([]), self.project)
        self.assertEqual(
            self.env["affairs.construction.contract"].with_user(self.user_a).search([]),
            self.contract,
        )
        with self.assertRaises(AccessError):
            self.project.with_user(self.user_a).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            self.project_b.with_user(self.user_a).read(["name"])
        with self.assertRaises(AccessError):
            Project.create({"name": "x", "agency_id": self.agency_a.id, "site": "y"})

    def test_other_agency_user_sees_nothing_of_agency_a(self):
        Project = self.env["affairs.construction.project"].with_user(self.user_b)
        self.assertEqual(Project.search([]), self.project_b)
        Payment = self.env["affairs.construction.payment"].with_user(self.user_b)
        self.assertFalse(Payment.search([("contract_id", "=", self.contract.id)]))

    def test_office_manages_every_agency(self):
        projects = (
            self.env["affairs.construction.project"].with_user(self.office).search([])
        )
        self.assertIn(self.project, projects)
        self.assertIn(self.project_b, projects)
        self.project_b.with_user(self.office).action_approve()
        self._contract(self.project_b, amount=50000.0)

    def test_review_group_reviews_but_does_not_manage(self):
        self.env["affairs.construction.review"].with_user(self.reviewer).create(
            {"project_id": self.project_b.id, "submitted_amount": 10.0}
        )
        with self.assertRaises(AccessError):
            self.env["affairs.construction.contract"].with_user(self.reviewer).create(
                {
                    "name": "HT-x",
                    "project_id": self.project.id,
                    "partner_id": self.builder.id,
                    "amount": 1.0,
                }
            )
        with self.assertRaises(AccessError):
            self.project.with_user(self.reviewer).write({"name": "x"})

    def test_office_does_not_approve_payments(self):
        self._certify(self.contract, 50.0)
        payment = self._payment(self.contract, 1000.0, 50.0)
        payment.action_submit()
        with self.assertRaises(UserError):
            payment.with_user(self.office_2).action_approve()
        with self.assertRaises(UserError):
            payment.with_user(self.user_a).action_approve()

    def test_base_officer_without_office_is_agency_scoped(self):
        """A bureau officer outside the construction office only reads."""
        with self.assertRaises(AccessError):
            self.project.with_user(self.officer).write({"name": "x"})

    def test_other_company_invisible(self):
        other = self.env["res.company"].create({"name": "Other Company"})
        self.office.write({"company_ids": [(4, other.id)]})
        agency = self.env["hr.department"].create(
            {
                "name": "Other Agency",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
                "company_id": other.id,
            }
        )
        project = (
            self.env["affairs.construction.project"]
            .with_user(self.office)
            .with_company(other)
            .create(
                {
                    "name": "Other",
                    "agency_id": agency.id,
                    "site": "Elsewhere",
                    "company_id": other.id,
                }
            )
        )
        Project = self.env["affairs.construction.project"].with_user(self.manager)
        self.assertNotIn(project, Project.search([]))
