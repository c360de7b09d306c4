# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AFFAIRS_LINK_EMPLOYEES,
)

from .common import AffairsCommon


class TestAccess(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.request_a = cls._request(user=cls.user_a, title="A's request")
        cls.request_b = cls._request(user=cls.user_b, title="B's request")

    def test_agency_user_sees_only_own_agency(self):
        Request = self.env["affairs.service.request"]
        visible = Request.with_user(self.user_a).search(
            [("id", "in", (self.request_a | self.request_b).ids)]
        )
        self.assertEqual(visible, self.request_a)
        with self.assertRaises(AccessError):
            self.request_b.with_user(self.user_a).read(["title"])
        with self.assertRaises(AccessError):
            self.request_b.with_user(self.user_a).write({"title": "hacked"})

    def test_colleague_of_same_agency_sees_agency_requests(self):
        colleague = new_test_user(
            self.env, "cadre_a2", groups="affairs_base.group_affairs_user"
        )
        self.env["hr.employee"].create(
            {"name": "A2", "department_id": self.agency_a.id, "user_id": colleague.id}
        )
        visible = (
            self.env["affairs.service.request"]
            .with_user(colleague)
            .search([("id", "in", (self.request_a | self.request_b).ids)])
        )
        self.assertEqual(visible, self.request_a)

    def test_officer_and_manager_see_all(self):
        for user in (self.officer, self.manager):
            visible = (
                self.env["affairs.service.request"]
                .with_user(user)
                .search([("id", "in", (self.request_a | self.request_b).ids)])
            )
            self.assertEqual(visible, self.request_a | self.request_b)

    def test_configuration_is_for_managers(self):
        for user in (self.user_a, self.officer):
            with self.assertRaises(AccessError):
                self.env["affairs.service.category"].with_user(user).create(
                    {"name": "X", "promised_hours": 1}
                )
            with self.assertRaises(AccessError):
                self.env["affairs.rank"].with_user(user).create(
                    {"name": "X", "code": "xx"}
                )
            with self.assertRaises(AccessError):
                self.env["affairs.standard.book"].with_user(user).create(
                    {"name": "X", "date_from": "2026-01-01"}
                )
        self.env["affairs.service.category"].with_user(self.manager).create(
            {"name": "X", "promised_hours": 1}
        )

    def test_agency_user_cannot_process(self):
        self.request_a.action_submit()
        with self.assertRaises(AccessError):
            self.env["affairs.service.handover"].with_user(self.user_a).create(
                {
                    "request_id": self.request_a.id,
                    "to_user_id": self.officer.id,
                    "reason": "x",
                }
            )
        with self.assertRaises(AccessError):
            self.env["affairs.key.task"].with_user(self.user_a).create({"name": "X"})

    def test_internal_user_without_group_has_no_access(self):
        outsider = new_test_user(self.env, "outsider", groups="base.group_user")
        with self.assertRaises(AccessError):
            self.env["affairs.service.request"].with_user(outsider).search([])

    def test_multi_company(self):
        other = self.env["res.company"].create({"name": "Other compound"})
        foreign = self.env["affairs.service.request"].create(
            {
                "title": "Elsewhere",
                "category_id": self.category_repair.id,
                "company_id": other.id,
                "requester_id": self.env["hr.employee"]
                .create({"name": "Elsewhere", "company_id": other.id})
                .id,
            }
        )
        self.assertFalse(
            self.env["affairs.service.request"]
            .with_user(self.manager)
            .search([("id", "=", foreign.id)])
        )


class TestEmployeeLinks(AffairsCommon):
    def test_agency_user_links_employees_of_own_agency_only(self):
        """While a suite document is saved, a cadre may name the employees of
        their own agency in it (occupants, trip members), nobody else's; out of
        it, hr.employee stays closed and the public profiles serve."""
        Employee = self.env["hr.employee"].with_user(self.user_a)
        colleague = self.env["hr.employee"].create(
            {"name": "Colleague A", "department_id": self.section_a.id}
        )
        linking = Employee.with_context(_affairs_link_employees=AFFAIRS_LINK_EMPLOYEES)
        linking.browse((colleague | self.employee_a).ids).check_access("read")
        with self.assertRaises(AccessError):
            linking.browse(self.employee_b.id).check_access("read")
        self.assertFalse(linking.browse().has_access("read"), "no model-wide access")
        with self.assertRaises(AccessError):
            Employee.browse(colleague.id).check_access("read")
        # A context forged over RPC cannot carry the marker object.
        forged = Employee.with_context(_affairs_link_employees=True)
        with self.assertRaises(AccessError):
            forged.browse(colleague.id).check_access("read")
