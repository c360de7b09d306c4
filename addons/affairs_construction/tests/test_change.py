# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError

from .common import ConstructionCommon


class TestChange(ConstructionCommon):
    def test_small_change_needs_the_manager_only(self):
        """5% of the contract or less: one step, the manager's."""
        change = self._change(self.contract, 50000.0)
        self.assertAlmostEqual(change.amount_ratio, 5.0)
        self.assertEqual(len(change.review_ids), 1)
        self.assertEqual(
            change.review_ids.reviewer_group_id,
            self.env.ref("affairs_base.group_affairs_manager"),
        )
        change.with_user(self.manager).action_approve()
        self.assertEqual(change.state, "approved")
        self.assertEqual(self.contract.change_amount, 50000.0)
        self.assertEqual(self.contract.revised_amount, 1050000.0)

    def test_large_change_needs_review_group_then_manager(self):
        """Above 5%: the review group checks first, then the manager."""
        change = self._change(self.contract, 50001.0)
        self.assertEqual(len(change.review_ids), 2)
        with self.assertRaises(UserError):
            change.with_user(self.manager).action_approve()
        change.with_user(self.reviewer).action_approve()
        self.assertEqual(change.state, "submitted")
        change.with_user(self.manager).action_approve()
        self.assertEqual(change.state, "approved")

    def test_negative_change_ratio_uses_its_size(self):
        change = self._change(self.contract, -60000.0)
        self.assertAlmostEqual(change.amount_ratio, 6.0)
        self.assertEqual(len(change.review_ids), 2)

    def test_requester_cannot_approve(self):
        change = self._change(self.contract, 1000.0)
        manager_change = (
            self.env["affairs.construction.change"]
            .with_user(self.manager)
            .create({"contract_id": self.contract.id, "amount": 1000.0, "reason": "x"})
        )
        manager_change.action_submit()
        with self.assertRaises(UserError):
            manager_change.action_approve()
        with self.assertRaises(UserError):
            change.with_user(self.office_2).action_approve()

    def test_cumulative_change_ratio_flagged_above_limit(self):
        """The limit (10%, local practice) is a rule of the standards book."""
        first = self._change(self.contract, 40000.0)
        first.with_user(self.manager).action_approve()
        second = self._change(self.contract, 50000.0)
        second.with_user(self.manager).action_approve()
        self.assertAlmostEqual(self.contract.change_ratio, 9.0)
        self.assertEqual(self.contract.change_limit, 10.0)
        self.assertFalse(self.contract.is_change_over_limit)
        third = self._change(self.contract, 20000.0, submit=False)
        self.assertAlmostEqual(third.cumulative_ratio, 11.0)
        self.assertTrue(third.is_over_limit)
        third.action_submit()
        third.with_user(self.manager).action_approve()
        self.assertAlmostEqual(self.contract.change_ratio, 11.0)
        self.assertTrue(self.contract.is_change_over_limit)

    def test_local_book_changes_the_limit(self):
        book = self.env["affairs.standard.book"].create(
            {
                "name": "Local book",
                "scope": "local",
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
                "date_from": "2020-01-01",
            }
        )
        self.env.company.affairs_standard_book_id = book
        self.env["affairs.construction.rule"].create(
            {
                "book_id": book.id,
                "code": "change_ratio_limit",
                "name": "Local limit",
                "value": 5.0,
                "source": "local practice",
            }
        )
        change = self._change(self.contract, 60000.0)
        change.with_user(self.reviewer).action_approve()
        change.with_user(self.manager).action_approve()
        self.contract.invalidate_recordset(["change_limit", "is_change_over_limit"])
        self.assertEqual(self.contract.change_limit, 5.0)
        self.assertTrue(self.contract.is_change_over_limit)

    def test_zero_change_refused(self):
        with self.assertRaises(ValidationError):
            self._change(self.contract, 0.0, submit=False)

    def test_change_on_draft_contract_refused(self):
        draft = self._contract(self.project, amount=200000.0, activate=False)
        with self.assertRaises(UserError):
            self._change(draft, 1000.0)
