# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from .common import OverBudgetReception


@tagged("post_install", "-at_install")
class TestBudgetTour(OverBudgetReception, HttpCase):
    """In Chinese: an officer prepares a budget, a manager approves it, an
    over-budget reception approval is refused and a manager's exception lets
    it through."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_affairs_fixtures()
        # A name the demo's agencies (installed in Chinese) do not share, so
        # that the tour picks the fixture's agency.
        cls.agency_a.name = "预算测试局"
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            [
                "base",
                "web",
                "mail",
                "affairs_base",
                "affairs_budget",
                "affairs_reception",
            ],
            ["zh_CN"],
        )
        for user in (cls.officer, cls.manager):
            user.write({"password": user.login, "lang": "zh_CN"})
        cls.reception = cls._create_over_budget_reception()

    def test_budget_tour(self):
        action = self.env.ref("affairs_budget.affairs_budget_action")
        self.start_tour(
            f"/odoo/action-{action.id}",
            "affairs_budget_prepare_tour",
            login="officer_1",
        )
        budget = self.env["affairs.budget"].search(
            [("agency_id", "=", self.agency_a.id)]
        )
        self.assertEqual(budget.state, "submitted")
        self.assertEqual(budget.year, self.reception.date_arrival.year)
        self.assertEqual(budget.line_ids.classification_id.code, "30217")
        self.assertEqual(budget.line_ids.initial_amount, 1000)
        self.start_tour(
            f"/odoo/action-{action.id}/{budget.id}",
            "affairs_budget_approve_tour",
            login="manager_1",
        )
        self.assertEqual(budget.state, "approved")

        self.reception.with_user(self.officer).action_submit()
        self.start_tour(
            f"/odoo/official-receptions/{self.reception.id}",
            "affairs_budget_reception_tour",
            login="manager_1",
        )
        self.assertEqual(self.reception.state, "approved")
        line = budget.line_ids
        self.assertEqual(line.committed_amount, 1100)
        self.assertEqual(line.available_amount, -100)
        self.assertTrue(line.commitment_ids.exception_id)
