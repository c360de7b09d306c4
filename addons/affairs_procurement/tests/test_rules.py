# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import ValidationError

from .common import ProcurementCommon


class TestMethodRules(ProcurementCommon):
    """Method, period and rate rules come from the standards tables."""

    def test_open_tender_threshold_goods(self):
        """Goods: below 2,000,000 inquiry is allowed; at 2,000,000 only open tender."""
        below = self._create_project(budget_amount=1999999.99, method="inquiry")
        self.assertEqual(below.method, "inquiry")
        with self.assertRaisesRegex(ValidationError, "open-tender threshold"):
            self._create_project(budget_amount=2000000.0, method="inquiry")
        at = self._create_project(
            budget_amount=2000000.0,
            method="open_tender",
            date_bid_deadline=self.today - timedelta(days=10),
        )
        self.assertEqual(at.method, "open_tender")

    def test_open_tender_threshold_services(self):
        """Services: competitive consultation below 2,000,000 only."""
        self._create_project(
            kind="services", budget_amount=1999999.0, method="competitive_consultation"
        )
        with self.assertRaises(ValidationError):
            self._create_project(
                kind="services",
                budget_amount=2000001.0,
                method="competitive_consultation",
            )

    def test_open_tender_threshold_works(self):
        """Works: the tender threshold is 4,000,000 (construction)."""
        self._create_project(
            kind="works", budget_amount=3999999.0, method="competitive_consultation"
        )
        with self.assertRaises(ValidationError):
            self._create_project(
                kind="works", budget_amount=4000000.0, method="competitive_consultation"
            )

    def test_approved_method_change(self):
        """A change of method approved by a manager lifts the threshold rule."""
        project = self._create_project(
            budget_amount=3000000.0,
            method="open_tender",
            date_bid_deadline=self.today - timedelta(days=10),
        )
        with self.assertRaises(ValidationError):
            project.with_user(self.executor).method = "competitive_negotiation"
        project.method_change_reason = "财采〔2026〕12号"
        project.with_user(self.manager).action_grant_method_change()
        self.assertTrue(project.is_method_change_approved)
        project.with_user(self.executor).method = "competitive_negotiation"
        self.assertEqual(project.method, "competitive_negotiation")

    def test_method_not_allowed_for_kind(self):
        """Inquiry is for standard goods only; framework agreements not for works."""
        with self.assertRaisesRegex(ValidationError, "cannot be used"):
            self._create_project(kind="services", method="inquiry")
        with self.assertRaises(ValidationError):
            self._create_project(kind="works", method="framework")
        self._create_project(kind="services", method="framework")

    def test_local_book_overrides_threshold(self):
        """A local book raising the goods threshold to 3,000,000 is used first."""
        with self.assertRaises(ValidationError):
            self._create_project(budget_amount=2500000.0, method="inquiry")
        book = self.env["affairs.standard.book"].create(
            {
                "name": "Province 2026",
                "scope": "local",
                "date_from": date(2020, 1, 1),
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
            }
        )
        self.env.company.affairs_standard_book_id = book
        self.env["affairs.procurement.threshold"].create(
            {
                "book_id": book.id,
                "threshold_type": "open_tender",
                "kind": "goods",
                "agency_level": "all",
                "amount": 3000000.0,
            }
        )
        project = self._create_project(budget_amount=2500000.0, method="inquiry")
        self.assertEqual(project.open_tender_threshold, 3000000.0)

    def test_bid_deadline_open_tender(self):
        """Open tender: at least 20 calendar days from issue to bid deadline."""
        issue = date(2026, 3, 2)
        with self.assertRaisesRegex(ValidationError, "statutory period"):
            self._create_project(
                budget_amount=2500000.0,
                method="open_tender",
                date_issue=issue,
                date_bid_deadline=issue + timedelta(days=19),
            )
        project = self._create_project(
            budget_amount=2500000.0,
            method="open_tender",
            date_issue=issue,
            date_bid_deadline=issue + timedelta(days=20),
        )
        self.assertEqual(project.date_bid_deadline_min, date(2026, 3, 22))
        with self.assertRaises(ValidationError):
            project.date_bid_deadline = date(2026, 3, 21)

    def test_bid_deadline_working_days(self):
        """Inquiry: 3 working days; from a Friday that is the next Wednesday."""
        friday = date(2026, 3, 6)
        with self.assertRaises(ValidationError):
            self._create_project(date_issue=friday, date_bid_deadline=date(2026, 3, 10))
        project = self._create_project(
            date_issue=friday, date_bid_deadline=date(2026, 3, 11)
        )
        self.assertEqual(project.date_bid_deadline_min, date(2026, 3, 11))

    def test_bid_deadline_consultation(self):
        """Competitive consultation: at least 10 days."""
        issue = date(2026, 3, 2)
        with self.assertRaises(ValidationError):
            self._create_project(
                kind="services",
                method="competitive_consultation",
                date_issue=issue,
                date_bid_deadline=issue + timedelta(days=9),
            )
        self._create_project(
            kind="services",
            method="competitive_consultation",
            date_issue=issue,
            date_bid_deadline=issue + timedelta(days=10),
        )

    def test_opening_not_before_deadline(self):
        with self.assertRaises(ValidationError):
            self._create_project(date_opening=self.today - timedelta(days=6))

    def test_evaluation_method_by_procurement_method(self):
        """Consultation scores comprehensively; inquiry takes the lowest price."""
        consultation = self._create_project(
            kind="services", method="competitive_consultation"
        )
        self.assertEqual(consultation.evaluation_method, "comprehensive")
        with self.assertRaises(ValidationError):
            consultation.evaluation_method = "lowest_price"
        with self.assertRaises(ValidationError):
            self._create_project(evaluation_method="comprehensive")

    def test_price_weight_bounds(self):
        """Consultation goods 30-60%, services 10-30%; open tender services >= 10%."""
        vals = {"method": "competitive_consultation"}
        for weight in (29.0, 61.0):
            with self.assertRaisesRegex(ValidationError, "price weight"):
                self._create_project(price_weight=weight, **vals)
        for weight in (30.0, 60.0):
            self._create_project(price_weight=weight, **vals)
        services = {"kind": "services", "method": "competitive_consultation"}
        with self.assertRaises(ValidationError):
            self._create_project(price_weight=31.0, **services)
        self._create_project(price_weight=10.0, **services)
        tender = {
            "kind": "services",
            "method": "open_tender",
            "budget_amount": 3000000.0,
            "evaluation_method": "comprehensive",
            "date_bid_deadline": self.today - timedelta(days=10),
        }
        with self.assertRaises(ValidationError):
            self._create_project(price_weight=9.0, **tender)
        self._create_project(price_weight=10.0, **tender)

    def test_sme_deduction_rate_bounds(self):
        """Goods and services 10-20%, works 3-5% (财库〔2022〕19号, 46号)."""
        project = self._create_project()
        self.assertEqual(project.sme_deduction_rate, 10.0)
        for rate in (9.9, 20.1):
            with self.assertRaises(ValidationError):
                project.sme_deduction_rate = rate
        project.sme_deduction_rate = 20.0
        works = self._create_project(kind="works", method="competitive_consultation")
        self.assertEqual(works.sme_deduction_rate, 3.0)
        with self.assertRaises(ValidationError):
            works.sme_deduction_rate = 6.0

    def test_intention_notice_period(self):
        """The intention is published at least 30 days before the expected month."""
        plan = self.env["affairs.procurement.plan"].create(
            {"agency_id": self.agency.id, "year": 2026}
        )
        line_vals = {
            "plan_id": plan.id,
            "name": "Printers",
            "kind": "goods",
            "budget_amount": 400000.0,
            "expected_month": "5",
        }
        with self.assertRaisesRegex(ValidationError, "at least 30 days"):
            self.env["affairs.procurement.plan.line"].create(
                dict(line_vals, date_intention=date(2026, 4, 2))
            )
        line = self.env["affairs.procurement.plan.line"].create(
            dict(line_vals, date_intention=date(2026, 4, 1))
        )
        self.assertEqual(line.date_expected_start, date(2026, 5, 1))
