# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.affairs_base.tests.common import in_english


@tagged("post_install", "-at_install")
class TestConstructionTour(HttpCase):
    """An officer records a change order that needs approval, a manager
    approves it, and a payment above the certified progress is refused."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.officer = new_test_user(
            cls.env,
            "jj_tour_officer",
            groups="affairs_construction.group_affairs_construction_office",
        )
        cls.certifier = new_test_user(
            cls.env,
            "jj_tour_certifier",
            groups="affairs_construction.group_affairs_construction_office",
        )
        cls.manager = new_test_user(
            cls.env, "jj_tour_manager", groups="affairs_base.group_affairs_manager"
        )
        agency = cls.env["hr.department"].create(
            {
                "name": "Tour Agency",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        partner = cls.env["res.partner"].create({"name": "Tour Builder"})
        project = cls.env["affairs.construction.project"].create(
            {
                "name": "Tour project",
                "agency_id": agency.id,
                "site": "Tour building",
                "approval_number": "T-1",
                "approval_date": "2026-01-01",
                "budget_amount": 2000000.0,
            }
        )
        project.action_approve()
        project.action_start()
        cls.contract = cls.env["affairs.construction.contract"].create(
            {
                "name": "TOUR-HT-1",
                "project_id": project.id,
                "partner_id": partner.id,
                "amount": 1000000.0,
                "retention_rate": 3.0,
            }
        )
        cls.contract.action_activate()
        progress = cls.env["affairs.construction.progress"].create(
            {
                "project_id": project.id,
                "contract_id": cls.contract.id,
                "percent_complete": 40.0,
            }
        )
        progress.with_user(cls.certifier).action_certify()

    def test_construction_tour(self):
        self.start_tour(
            "/odoo/construction-changes",
            "affairs_construction_change_tour",
            login=in_english(self.env, "jj_tour_officer"),
        )
        change = self.env["affairs.construction.change"].search(
            [("contract_id", "=", self.contract.id)]
        )
        self.assertEqual(change.state, "submitted")
        self.start_tour(
            f"/odoo/construction-changes/{change.id}",
            "affairs_construction_approve_tour",
            login=in_english(self.env, "jj_tour_manager"),
        )
        self.assertEqual(change.state, "approved")
        self.assertEqual(change.approved_by_id, self.manager)
        self.start_tour(
            "/odoo/construction-payments",
            "affairs_construction_payment_tour",
            login=in_english(self.env, "jj_tour_officer"),
        )
        # (1,000,000 + 30,000 approved change) x 40% x 97% = 399,640 < 500,000
        payment = self.env["affairs.construction.payment"].search(
            [("contract_id", "=", self.contract.id)]
        )
        self.assertEqual(payment.state, "draft")
