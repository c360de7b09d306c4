# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import ConstructionCommon


class TestReview(ConstructionCommon):
    def _review(self, submitted, reviewed, **values):
        vals = {
            "project_id": self.project.id,
            "review_type": "budget",
            "submitted_amount": submitted,
            "reviewed_amount": reviewed,
            "reviewer_ids": [(4, self.reviewer.id)],
        }
        vals.update(values)
        return (
            self.env["affairs.construction.review"]
            .with_user(self.reviewer)
            .create(vals)
        )

    def test_review_reduction(self):
        """审减额 = submitted - reviewed; 审减率 = reduction / submitted."""
        review = self._review(3960000.0, 3800000.0)
        self.assertAlmostEqual(review.reduction_amount, 160000.0)
        # 160,000 / 3,960,000 = 4.0404 %
        self.assertAlmostEqual(review.reduction_rate, 4.04, places=2)

    def test_project_counts_concluded_reviews_only(self):
        first = self._review(1000000.0, 900000.0)
        self._review(500000.0, 450000.0)
        self.assertEqual(self.project.review_reduction_amount, 0.0)
        first.action_done()
        self.assertEqual(self.project.review_reduction_amount, 100000.0)

    def test_review_needs_reviewers_and_amount(self):
        review = self._review(0.0, 0.0, reviewer_ids=[])
        with self.assertRaises(UserError):
            review.action_done()

    def test_negative_review_amount_refused(self):
        with self.assertRaises(ValidationError):
            self._review(-1.0, 0.0)

    def test_office_cannot_conclude_reviews_of_cadre(self):
        """Agency users read reviews of their agency but cannot write them."""
        review = self._review(100.0, 90.0)
        self.assertEqual(review.with_user(self.user_a).reduction_amount, 10.0)
        with self.assertRaises(AccessError):
            review.with_user(self.user_a).write({"reviewed_amount": 80.0})
