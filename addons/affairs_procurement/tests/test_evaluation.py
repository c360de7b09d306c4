# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.exceptions import UserError, ValidationError

from .common import ProcurementCommon


class TestEvaluation(ProcurementCommon):
    """SME deduction, lowest price and comprehensive scoring, worked examples."""

    def test_sme_deduction(self):
        """A small/micro bid is evaluated at its price less the project's rate."""
        project = self._bidding_project(
            [(self.supplier_a, 100000.0, True), (self.supplier_b, 100000.0, False)]
        )
        sme, large = project.bid_ids.sorted(lambda bid: bid.partner_id.name)
        self.assertEqual(sme.evaluated_price, 90000.0)
        self.assertEqual(large.evaluated_price, 100000.0)
        project.with_user(self.executor).sme_deduction_rate = 20.0
        self.assertEqual(sme.evaluated_price, 80000.0)
        self.assertEqual(sme.price, 100000.0, "the deduction never changes the price")

    def test_lowest_price_worked_example(self):
        """A 100,000 (SME, 90,000 evaluated), B 95,000, C 92,000 -> A, C, B."""
        project = self._bidding_project(self._three_bids())
        ranking = {bid.partner_id: bid.ranking for bid in project.bid_ids}
        self.assertEqual(
            ranking, {self.supplier_a: 1, self.supplier_c: 2, self.supplier_b: 3}
        )
        project.bid_ids.filtered(
            lambda bid: bid.partner_id == self.supplier_a
        ).with_user(self.executor).is_small_micro = False
        ranking = {bid.partner_id: bid.ranking for bid in project.bid_ids}
        self.assertEqual(
            ranking, {self.supplier_c: 1, self.supplier_b: 2, self.supplier_a: 3}
        )

    def test_disqualified_bid_not_ranked(self):
        """A disqualified bid is not ranked and does not set the base price."""
        project = self._bidding_project(self._three_bids())
        cheapest = project.bid_ids.filtered(lambda bid: bid.ranking == 1)
        cheapest.with_user(self.executor).qualification = "fail"
        self.assertEqual(cheapest.ranking, 0)
        self.assertEqual(sorted(project.bid_ids.mapped("ranking")), [0, 1, 2])

    def test_comprehensive_worked_example(self):
        """Price weight 30: base 90,000 (A after the 10% SME deduction).

        A: 90,000/90,000 x 30 = 30.00 + 40 + 10 = 80.00
        B: 90,000/95,000 x 30 = 28.42 + 45 + 15 = 88.42
        C: 90,000/120,000 x 30 = 22.50 + 55 + 15 = 92.50 -> C, B, A
        (lowest price alone would rank A, B, C)
        """
        project = self._bidding_project(
            [
                (self.supplier_a, 100000.0, True),
                (self.supplier_b, 95000.0, False),
                (self.supplier_c, 120000.0, False),
            ],
            method="competitive_consultation",
            price_weight=30.0,
        )
        self.assertEqual(project.evaluation_method, "comprehensive")
        scores = {
            self.supplier_a: (40, 10),
            self.supplier_b: (45, 15),
            self.supplier_c: (55, 15),
        }
        for bid in project.bid_ids:
            technical, commercial = scores[bid.partner_id]
            bid.with_user(self.executor).write(
                {"technical_score": technical, "commercial_score": commercial}
            )
        by_partner = {bid.partner_id: bid for bid in project.bid_ids}
        self.assertRecordValues(
            by_partner[self.supplier_a]
            | by_partner[self.supplier_b]
            | by_partner[self.supplier_c],
            [
                {"price_score": 30.0, "total_score": 80.0, "ranking": 3},
                {"price_score": 28.42, "total_score": 88.42, "ranking": 2},
                {"price_score": 22.5, "total_score": 92.5, "ranking": 1},
            ],
        )

    def test_scores_capped_by_price_weight(self):
        """Technical + commercial scores cannot exceed 100 less the price weight."""
        project = self._bidding_project(
            self._three_bids(), method="competitive_consultation", price_weight=40.0
        )
        bid = project.bid_ids[0].with_user(self.executor)
        bid.write({"technical_score": 50.0, "commercial_score": 10.0})
        with self.assertRaises(ValidationError):
            bid.write({"technical_score": 50.0, "commercial_score": 10.01})

    def test_minimum_qualified_bids(self):
        """Inquiry needs 3 qualified bids to be evaluated."""
        project = self._bidding_project(self._three_bids()[:2])
        with self.assertRaisesRegex(UserError, "qualified bids"):
            project.with_user(self.executor).action_evaluate()
        self._add_bids(project, [(self.supplier_d, 99000.0, False)])
        project.with_user(self.executor).action_evaluate()
        self.assertEqual(project.stage, "evaluated")
        self.assertEqual(project.date_evaluation, self.today)

    def test_pending_qualification_blocks_evaluation(self):
        project = self._bidding_project(self._three_bids())
        project.bid_ids[0].with_user(self.executor).qualification = "pending"
        with self.assertRaises(UserError):
            project.with_user(self.executor).action_evaluate()

    def test_no_evaluation_before_opening(self):
        project = self._bidding_project(
            self._three_bids(),
            date_issue=self.today,
            date_bid_deadline=self.today + timedelta(days=7),
        )
        with self.assertRaisesRegex(UserError, "before they are opened"):
            project.with_user(self.executor).action_evaluate()

    def test_bids_frozen_after_evaluation(self):
        project = self._bidding_project(self._three_bids())
        project.with_user(self.executor).action_evaluate()
        with self.assertRaises(UserError):
            project.bid_ids[0].with_user(self.executor).price = 1.0
        with self.assertRaises(UserError):
            self._add_bids(project, [(self.supplier_d, 99000.0, False)])
