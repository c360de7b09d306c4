# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import IntegrityError

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import FacilityCommon
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


@tagged("at_install", "-post_install")
class TestInspection(FacilityCommon):
    """Monthly scores, survey weight, deductions and the vendor bill.

    Scheme: Floors 50 points (5 per defect), Toilets 30 (3), Staff 20 (2);
    from 90 nothing is kept back, from 80 5 %, below 80 10 %; fee 10,000.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.survey = cls.env["survey.survey"].create(
            {
                "title": "Cleaning satisfaction",
                "access_mode": "public",
                "scoring_type": "scoring_without_answers",
            }
        )
        cls.question = cls.env["survey.question"].create(
            {
                "survey_id": cls.survey.id,
                "title": "How satisfied are you?",
                "question_type": "simple_choice",
                "suggested_answer_ids": [
                    Command.create({"value": "Very", "answer_score": 100}),
                    Command.create({"value": "Somewhat", "answer_score": 40}),
                ],
            }
        )

    def _answer(self, value):
        answer = self.question.suggested_answer_ids.filtered(lambda a: a.value == value)
        user_input = self.survey._create_answer(
            email="staff@example.com", check_attempts=False
        )
        user_input._save_lines(self.question, answer)
        user_input._mark_done()

    def test_score_and_deduction(self):
        """Defects 1, 2, 0 keep 45 + 24 + 20 = 89 points: score 89, 5 %
        kept back (500), 9,500 payable."""
        inspection = self._inspection((1, 2, 0))
        self.assertRecordValues(
            inspection,
            [
                {
                    "item_score": 89.0,
                    "score": 89.0,
                    "deduction_percent": 5.0,
                    "deduction_amount": 500.0,
                    "payable_amount": 9500.0,
                }
            ],
        )
        self.assertEqual(inspection.period.day, 1)

    def test_points_never_below_zero(self):
        """11 defects on Floors lose its 50 points, no more: 50 kept of 100,
        10 % kept back."""
        inspection = self._inspection((11, 0, 0))
        self.assertEqual(inspection.line_ids[0].score, 0.0)
        self.assertEqual(inspection.score, 50.0)
        self.assertEqual(inspection.deduction_amount, 1000.0)

    def test_survey_weight(self):
        """Answers 100 and 40 average 70; with a 50 % survey weight the
        score is 89 × 0.5 + 70 × 0.5 = 79.5: 10 % kept back, 9,000 payable.
        Without answers the checklist alone counts."""
        self.contract.write({"survey_id": self.survey.id, "survey_weight": 50.0})
        inspection = self._inspection((1, 2, 0))
        inspection.with_user(self.officer).action_affairs_update_survey()
        self.assertEqual(inspection.survey_response_count, 0)
        self.assertEqual(inspection.score, 89.0)
        self._answer("Very")
        self._answer("Somewhat")
        inspection.with_user(self.officer).action_submit()
        self.assertRecordValues(
            inspection,
            [
                {
                    "survey_score": 70.0,
                    "survey_response_count": 2,
                    "score": 79.5,
                    "deduction_percent": 10.0,
                    "deduction_amount": 1000.0,
                    "payable_amount": 9000.0,
                }
            ],
        )

    def test_officer_scores_manager_approves(self):
        """The officer submits; they cannot approve their own scores; a
        manager does. Items are sealed once submitted."""
        inspection = self._inspection()
        inspection.with_user(self.officer).action_submit()
        self.assertEqual(inspection.state, "submitted")
        with self.assertRaises(UserError):
            inspection.line_ids[0].with_user(self.officer).defect_count = 0
        with self.assertRaises(UserError):
            inspection.with_user(self.officer).action_approve()
        inspection.with_user(self.manager).action_approve()
        self.assertEqual(inspection.state, "approved")

    def test_manager_cannot_approve_own_scores(self):
        """A manager who scored the month does not approve it."""
        inspection = self._inspection(user=self.manager)
        inspection.with_user(self.manager).action_submit()
        with self.assertRaises(UserError):
            inspection.with_user(self.manager).action_approve()
        inspection.with_user(self.manager_2).action_approve()
        self.assertEqual(inspection.approved_by_id, self.manager_2)

    def test_one_inspection_per_month(self):
        self._inspection()
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self._inspection()

    def test_vendor_bill_with_payable_amount(self):
        """The approved month becomes a draft vendor bill of the contractor
        for 9,500 on the paying agency's analytic account."""
        company = self.env.company
        ensure_chart_of_accounts(self.env, company)
        inspection = self._inspection((1, 2, 0))
        inspection.with_user(self.officer).action_submit()
        inspection.with_user(self.manager).action_approve()
        inspection.with_user(self.officer).action_affairs_create_bill()
        bill = inspection.bill_id
        self.assertEqual(inspection.state, "done")
        self.assertEqual(bill.move_type, "in_invoice")
        self.assertEqual(bill.partner_id, self.contractor)
        self.assertEqual(bill.state, "draft")
        self.assertAlmostEqual(bill.amount_total, 9500.0)
        account = self.agency_a.affairs_analytic_account_id
        self.assertTrue(account)
        self.assertEqual(
            bill.invoice_line_ids.analytic_distribution, {str(account.id): 100}
        )
        with self.assertRaises(UserError):
            inspection.with_user(self.officer).action_affairs_create_bill()

    def test_statement_pdf_has_capitals(self):
        """The contractor's statement shows the payable amount in capitals."""
        inspection = self._inspection((1, 2, 0))
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "affairs_facility.report_service_statement", inspection.ids
            )[0]
            .decode()
        )
        self.assertIn("玖仟伍佰元整", html)

    def test_inspection_form(self):
        """The officer opens a new inspection: the items come from the
        scheme and the score follows the defects entered."""
        with Form(
            self.env["affairs.service.inspection"].with_user(self.officer)
        ) as form:
            form.contract_id = self.contract
            self.assertEqual(len(form.line_ids), 3)
        inspection = form.record
        self.assertEqual(len(inspection.line_ids), 3)
        with Form(inspection.with_user(self.officer)) as form:
            with form.line_ids.edit(0) as line:
                line.defect_count = 2
        self.assertEqual(inspection.score, 90.0)
        self.assertEqual(inspection.deduction_amount, 0.0)
