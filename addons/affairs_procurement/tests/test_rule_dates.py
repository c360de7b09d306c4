# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from .common import ProcurementCommon


class TestRuleDates(ProcurementCommon):
    """Rules in force on the project's issue date; rule changes recompute."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A local book taking effect on 1 July 2026.
        cls.book = cls.env["affairs.standard.book"].create(
            {
                "name": "Province from July 2026",
                "scope": "local",
                "date_from": date(2026, 7, 1),
                "parent_id": cls.env.ref("affairs_base.standard_book_national").id,
            }
        )
        cls.env.company.affairs_standard_book_id = cls.book

    def _local_sme_rate(self, rate):
        return self.env["affairs.procurement.threshold"].create(
            {
                "book_id": self.book.id,
                "threshold_type": "sme_price_deduction",
                "kind": "goods",
                "agency_level": "all",
                "rate_min": rate,
                "rate_max": 20,
            }
        )

    def test_local_book_rules_documents_from_its_date(self):
        self._local_sme_rate(15)
        before = self._create_project(date_issue=date(2026, 6, 30))
        after = self._create_project(date_issue=date(2026, 7, 1))
        self.assertEqual(before.sme_deduction_rate, 10, "national rate before July")
        self.assertEqual(after.sme_deduction_rate, 15, "local rate from 1 July")

    def test_rule_change_recomputes_stored_values(self):
        """A new or changed rule row reaches the open projects it governs."""
        before = self._create_project(date_issue=date(2026, 6, 30))
        after = self._create_project(date_issue=date(2026, 7, 1))
        self.assertEqual(after.sme_deduction_rate, 10)
        row = self._local_sme_rate(12)
        self.assertEqual(after.sme_deduction_rate, 12)
        self.assertEqual(before.sme_deduction_rate, 10)
        row.rate_min = 14
        self.assertEqual(after.sme_deduction_rate, 14)
        row.unlink()
        self.assertEqual(after.sme_deduction_rate, 10)

    def test_statutory_periods_follow_the_issue_date(self):
        """A local 10-working-day challenge window rules projects from July."""
        before = self._create_project(date_issue=date(2026, 6, 30))
        after = self._create_project(date_issue=date(2026, 7, 1))
        # The award notice is the mechanism's to set (issue 9): its door.
        (before | after)._affairs_transition_write(
            {"date_award_notice": date(2026, 11, 2)}  # Monday
        )
        self.assertEqual(after.date_challenge_end, date(2026, 11, 11))
        self.env["affairs.procurement.deadline"].create(
            {
                "book_id": self.book.id,
                "code": "challenge_filing",
                "days": 10,
                "day_type": "working",
            }
        )
        self.assertEqual(before.date_challenge_end, date(2026, 11, 11))
        self.assertEqual(after.date_challenge_end, date(2026, 11, 16))
