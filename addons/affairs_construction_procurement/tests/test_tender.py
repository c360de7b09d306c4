# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import new_test_user

from odoo.addons.affairs_construction.tests.common import ConstructionCommon


class TestTender(ConstructionCommon):
    """A construction project's tender is a works procurement project; its
    award becomes the construction contract with the winner and the price."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.executor = new_test_user(
            cls.env,
            "jj_executor",
            groups="affairs_procurement.group_procurement_executor",
            name="Executor One",
        )
        cls.builder_b, cls.builder_c = cls.env["res.partner"].create(
            [
                {"name": "Second Builder Ltd", "is_company": True},
                {"name": "Third Builder Ltd", "is_company": True},
            ]
        )
        cls.today = fields.Date.context_today(cls.env.user)

    def _tender(self):
        action = self.project.with_user(self.executor).action_create_tender()
        tender = self.env["affairs.procurement.project"].browse(action["res_id"])
        tender.with_user(self.executor).write(
            {
                "budget_amount": 900000.0,
                "method": "competitive_negotiation",
                "method_reason": "Works below the tender threshold",
                "date_issue": self.today - timedelta(days=30),
                "date_bid_deadline": self.today - timedelta(days=5),
            }
        )
        return tender

    def _award(self, tender):
        tender.with_user(self.executor).action_submit()
        tender.with_user(self.manager).action_approve()
        tender.with_user(self.executor).action_publish()
        self.env["affairs.procurement.bid"].with_user(self.executor).create(
            [
                {
                    "project_id": tender.id,
                    "partner_id": partner.id,
                    "price": price,
                    "qualification": "pass",
                }
                for partner, price in (
                    (self.builder, 880000.0),
                    (self.builder_b, 860000.0),
                    (self.builder_c, 895000.0),
                )
            ]
        )
        tender.with_user(self.executor).action_evaluate()
        tender.with_user(self.executor).action_award()

    def test_tender_award_becomes_the_contract(self):
        tender = self._tender()
        self.assertEqual(tender.construction_project_id, self.project)
        self.assertEqual(tender.kind, "works")
        self.assertEqual(tender.agency_id, self.project.agency_id)
        self.assertEqual(self.project.tender_ids, tender)
        self.assertEqual(self.project.tender_count, 1)
        contract_amount = self.project.contract_amount
        self._award(tender)
        contract = tender.construction_contract_id
        self.assertTrue(contract)
        self.assertFalse(tender.purchase_order_id, "the contract replaces the order")
        self.assertEqual(contract.project_id, self.project)
        self.assertEqual(contract.partner_id, self.builder_b)
        self.assertEqual(contract.amount, 860000.0)
        self.assertEqual(contract.procurement_project_id, tender)
        self.assertEqual(contract.state, "draft")
        self.assertEqual(self.project.contract_amount, contract_amount + 860000.0)
        # Signing the procurement contract puts the construction one in force.
        tender.with_user(self.executor).action_sign_contract()
        self.assertEqual(contract.state, "active")
        self.assertEqual(contract.signed_date, tender.date_contract)

    def test_tender_only_of_an_approved_project(self):
        draft = self._project(name="Gate")
        with self.assertRaisesRegex(Exception, "approval"):
            draft.with_user(self.executor).action_create_tender()

    def test_tender_for_the_projects_agency(self):
        tender = self._tender()
        with self.assertRaises(ValidationError):
            tender.with_user(self.executor).agency_id = self.agency_b

    def test_contract_link_is_set_by_the_award(self):
        tender = self._tender()
        with self.assertRaises(Exception):
            tender.with_user(self.executor).write(
                {"construction_contract_id": self.contract.id}
            )
        # Executors read the works they tender, never change them.
        with self.assertRaises(AccessError):
            self.project.with_user(self.executor).name = "Renamed"
