# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import freeze_time

from odoo.addons.affairs_base.tests.test_working_days import working_calendar

from .common import ProcurementCommon


class TestChinaWorkingDays(ProcurementCommon):
    """Statutory periods count China's working days (holidays, 调休)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.calendar = working_calendar(cls.env)
        cls.calendar._affairs_generate_cn_holidays([2026])
        cls.env.company.resource_calendar_id = cls.calendar

    def test_challenge_window_spans_national_day(self):
        """7 working days after an award notice of Tuesday 29 September 2026.

        30 Sep, 8, 9, Saturday 10 (make-up day), 12, 13, 14 October: 1-7
        October are off. Monday-Friday alone would end on 8 October.
        """
        project = self._create_project()
        project._affairs_transition_write({"date_award_notice": date(2026, 9, 29)})
        self.assertEqual(project.date_challenge_end, date(2026, 10, 14))
        challenge = self.env["affairs.procurement.challenge"].create(
            {
                "project_id": project.id,
                "partner_id": self.supplier_b.id,
                "reason": "Scoring",
                "date_received": date(2026, 9, 30),
            }
        )
        # 8, 9, 10 (Saturday worked), 12, 13, 14, 15 October.
        self.assertEqual(challenge.date_reply_due, date(2026, 10, 15))
        # Without China's days the same periods end a week earlier.
        self.calendar.affairs_makeup_day_ids.unlink()
        self.env["resource.calendar.leaves"].search(
            [("calendar_id", "=", self.calendar.id)]
        ).unlink()
        project.invalidate_recordset()
        project._affairs_transition_write({"date_award_notice": date(2026, 9, 28)})
        self.assertEqual(project.date_challenge_end, date(2026, 10, 7))

    def test_bid_deadline_over_national_day(self):
        """Inquiry: 3 working days from Wednesday 30 September is 10 October."""
        issue = date(2026, 9, 30)
        with self.assertRaises(ValidationError):
            self._create_project(date_issue=issue, date_bid_deadline=date(2026, 10, 9))
        project = self._create_project(
            date_issue=issue, date_bid_deadline=date(2026, 10, 10)
        )
        self.assertEqual(project.date_bid_deadline_min, date(2026, 10, 10))

    def test_single_source_publicity(self):
        """At or above the open-tender threshold, 5 working days of publicity
        (单一来源公示) come before the submission; the make-up Saturday counts."""
        project = self._create_project(
            budget_amount=3000000.0,
            method="open_tender",
            date_bid_deadline=self.today - timedelta(days=10),
        )
        project.method_change_reason = "财采〔2026〕12号"
        project.with_user(self.manager).action_grant_method_change()
        project.with_user(self.executor).write(
            {"method": "single_source", "method_reason": "唯一供应商"}
        )
        self.assertTrue(project.is_single_source_publicity_required)
        with self.assertRaisesRegex(UserError, "set the first day of the publicity"):
            project.with_user(self.executor).action_submit()
        # From Friday 9 October: 10 (Saturday worked), 12, 13, 14, 15 October.
        project.date_single_source_publicity = date(2026, 10, 9)
        with freeze_time("2026-10-14"), self.assertRaisesRegex(UserError, "2026-10-15"):
            project.with_user(self.executor).action_submit()
        with freeze_time("2026-10-15"):
            project.with_user(self.executor).action_submit()
        self.assertEqual(project.state, "submitted")

    def test_single_source_publicity_across_national_day(self):
        """Published on Tuesday 29 September 2026: 30 September, 8, 9,
        Saturday 10 (make-up day) and Monday 12 October are the 5 working
        days; 1-7 October count for nothing."""
        project = self._create_project(
            budget_amount=3000000.0,
            method="open_tender",
            date_bid_deadline=self.today - timedelta(days=10),
        )
        project.method_change_reason = "财采〔2026〕13号"
        project.with_user(self.manager).action_grant_method_change()
        project.with_user(self.executor).write(
            {
                "method": "single_source",
                "method_reason": "唯一供应商",
                "date_single_source_publicity": date(2026, 9, 29),
            }
        )
        with freeze_time("2026-10-09"), self.assertRaisesRegex(UserError, "2026-10-12"):
            project.with_user(self.executor).action_submit()
        with freeze_time("2026-10-10"), self.assertRaisesRegex(UserError, "2026-10-12"):
            project.with_user(self.executor).action_submit()
        with freeze_time("2026-10-12"):
            project.with_user(self.executor).action_submit()
        self.assertEqual(project.state, "submitted")

    def test_single_source_below_threshold_needs_no_publicity(self):
        project = self._create_project(
            method="single_source", method_reason="唯一供应商"
        )
        self.assertFalse(project.is_single_source_publicity_required)
        project.with_user(self.executor).action_submit()
        self.assertEqual(project.state, "submitted")
