# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from .common import BudgetCommon


class TestBudgetAccess(BudgetCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.budget_b = cls._approved_budget(
            cls.agency_b, cls.year, {cls.cls_reception: 1000}
        )

    def test_agency_user_reads_own_agency_only(self):
        """A cadre sees their agency's budget lines, read-only."""
        Line = self.env["affairs.budget.line"].with_user(self.cadre_a)
        lines = Line.search([])
        self.assertEqual(lines.agency_id, self.agency_a)
        self.assertEqual(
            lines.mapped("amount"), self.budget_a.line_ids.mapped("amount")
        )
        with self.assertRaises(AccessError):
            self.line_outbound.with_user(self.cadre_a).write({"initial_amount": 1})
        with self.assertRaises(AccessError):
            self.env["affairs.budget"].with_user(self.cadre_a).create(
                {"agency_id": self.agency_a.id, "year": self.year + 1}
            )
        with self.assertRaises(AccessError):
            self.budget_b.line_ids.with_user(self.cadre_a).read(["amount"])

    def test_officer_prepares_manager_approves(self):
        """An officer prepares a budget but cannot approve it; a manager can."""
        budget = (
            self.env["affairs.budget"]
            .with_user(self.officer)
            .create(
                {
                    "agency_id": self.agency_b.id,
                    "year": self.year + 1,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "fund_id": self.fund.id,
                                "classification_id": self.cls_outbound.id,
                                "initial_amount": 5000,
                            },
                        )
                    ],
                }
            )
        )
        budget.action_submit()
        with self.assertRaises(UserError):
            budget.with_user(self.officer).action_approve()
        budget.with_user(self.manager).action_approve()
        self.assertEqual(budget.state, "approved")

    def test_requester_cannot_approve_own_budget(self):
        """Separation of duties: the manager who submitted does not approve."""
        budget = (
            self.env["affairs.budget"]
            .with_user(self.manager)
            .create(
                {
                    "agency_id": self.agency_b.id,
                    "year": self.year + 2,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "fund_id": self.fund.id,
                                "classification_id": self.cls_outbound.id,
                                "initial_amount": 1,
                            },
                        )
                    ],
                }
            )
        )
        budget.with_user(self.manager).action_submit()
        with self.assertRaises(UserError):
            budget.with_user(self.manager).action_approve()

    def test_ledger_written_only_by_the_mechanism(self):
        """Nobody but the mechanism writes the commitment ledger."""
        with self.assertRaises(AccessError):
            self.env["affairs.budget.commitment"].with_user(self.manager).create(
                {
                    "line_id": self.line_outbound.id,
                    "res_model": "x",
                    "res_id": 1,
                    "document_name": "x",
                    "date": "2026-01-01",
                    "amount": 1,
                }
            )
