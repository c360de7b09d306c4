# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from .common import ReceptionCommon


class TestReceptionAccess(ReceptionCommon):
    """Agency cadres see their own agency's receptions; officers all."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.reception_a = cls._create_reception()
        cls.reception_b = cls._create_reception(host_agency_id=cls.agency_b.id)

    def test_cadre_reads_own_agency(self):
        visible = self.env["affairs.reception"].with_user(self.cadre_a).search([])
        self.assertIn(self.reception_a, visible)
        self.assertNotIn(self.reception_b, visible)
        self.assertEqual(self.reception_a.with_user(self.cadre_a).guest_count, 3)

    def test_cadre_denied_other_agency(self):
        with self.assertRaises(AccessError):
            self.reception_b.with_user(self.cadre_a).read(["name"])
        with self.assertRaises(AccessError):
            self.reception_b.guest_ids.with_user(self.cadre_a).read(["name"])
        with self.assertRaises(AccessError):
            self.reception_a.with_user(self.cadre_b).write({"purpose": "x"})

    def test_cadre_cannot_host_for_other_agency(self):
        with self.assertRaises(AccessError):
            self._create_reception(user=self.cadre_a, host_agency_id=self.agency_b.id)

    def test_cadre_plans_own_agency(self):
        reception = self._create_reception(user=self.cadre_a)
        meal = self._meal(reception.with_user(self.cadre_a))
        self.assertEqual(meal.reception_id.host_agency_id, self.agency_a)

    def test_officer_sees_all(self):
        visible = self.env["affairs.reception"].with_user(self.officer).search([])
        self.assertIn(self.reception_a, visible)
        self.assertIn(self.reception_b, visible)

    def test_cadre_cannot_delete_or_edit_standards(self):
        with self.assertRaises(AccessError):
            self.reception_a.with_user(self.cadre_a).unlink()
        rule = self.env.ref("affairs_reception.reception_rule_companions_small_group")
        with self.assertRaises(AccessError):
            rule.with_user(self.officer).write({"value": 9})
        rule.with_user(self.manager).write({"value": 4})

    def test_other_company_hidden(self):
        company_2 = self.env["res.company"].create({"name": "Other Bureau"})
        agency_2 = self.env["hr.department"].create(
            {
                "name": "Other Agency",
                "is_affairs_agency": True,
                "affairs_level": "county",
                "company_id": company_2.id,
            }
        )
        host_2 = self.env["hr.employee"].create(
            {"name": "Other Host", "company_id": company_2.id}
        )
        reception = self.env["affairs.reception"].create(
            self._reception_vals(
                company_id=company_2.id,
                host_agency_id=agency_2.id,
                host_employee_id=host_2.id,
            )
        )
        officer_2 = new_test_user(
            self.env, "recp_officer_c1", groups="affairs_base.group_affairs_officer"
        )
        with self.assertRaises(AccessError):
            reception.with_user(officer_2).read(["name"])

    def test_cadre_cannot_run_or_settle(self):
        """A cadre files, submits and cancels; the bureau runs and settles."""
        reception = self._create_reception(user=self.cadre_a)
        as_cadre = reception.with_user(self.cadre_a)
        for vals in (
            {"state": "settled"},
            {"state": "approved"},
            {"approved_amount": 1},
        ):
            with self.assertRaisesRegex(UserError, "only through its actions"):
                as_cadre.write(vals)
        as_cadre.action_submit()
        self.assertEqual(reception.state, "submitted")
        reception.with_user(self.manager).action_approve()
        with self.assertRaises(AccessError):
            as_cadre.action_start()
        reception.with_user(self.officer).action_start()
        self.assertEqual(reception.state, "in_progress")

    def test_cadre_cannot_mark_line_billed(self):
        reception = self._create_reception(user=self.cadre_a)
        meal = self._meal(reception)
        with self.assertRaises(AccessError):
            meal.with_user(self.cadre_a).write({"bill_id": False})
