# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from .common import ConstructionCommon


class TestProject(ConstructionCommon):
    def test_saving_rate_against_hand_computed_figures(self):
        """Budget 3,800,000, estimate 4,200,000, budget estimate 4,000,000,
        submitted 3,760,000, audited 3,610,000."""
        self.project.write(
            {"final_submitted_amount": 3760000.0, "final_amount": 3610000.0}
        )
        # (3,800,000 - 3,610,000) / 3,800,000 = 5.00 %
        self.assertAlmostEqual(self.project.saving_rate, 5.0, places=2)
        self.assertAlmostEqual(self.project.saving_amount, 190000.0)
        # (4,000,000 - 3,610,000) / 4,000,000 = 9.75 %
        self.assertAlmostEqual(self.project.budget_estimate_saving_rate, 9.75, places=2)
        # (4,200,000 - 3,610,000) / 4,200,000 = 14.05 %
        self.assertAlmostEqual(self.project.estimate_saving_rate, 14.05, places=2)
        # (3,760,000 - 3,610,000) / 3,760,000 = 3.99 %
        self.assertAlmostEqual(self.project.audit_reduction_amount, 150000.0)
        self.assertAlmostEqual(self.project.audit_reduction_rate, 3.99, places=2)

    def test_no_final_account_no_saving(self):
        self.assertEqual(self.project.saving_rate, 0.0)

    def test_approval_opens_analytic_account(self):
        self.assertEqual(self.project.state, "construction")
        self.assertTrue(self.project.analytic_account_id)
        self.assertIn(self.project.code, self.project.analytic_account_id.name)

    def test_approval_needs_document(self):
        project = self._project(approval_number=False)
        with self.assertRaises(UserError):
            project.action_approve()

    def test_lifecycle_to_closed(self):
        self._certify(self.contract, 100.0)
        payment = self._payment(self.contract, 900000.0, 100.0)
        payment.action_submit()
        payment.with_user(self.manager).action_approve()
        with self.assertRaises(UserError):
            self.project.action_accept()
        self.project.write(
            {
                "acceptance_date": "2026-10-01",
                "acceptance_committee": "Owner, designer, builder, supervisor",
                "acceptance_result": "passed",
            }
        )
        self.project.action_accept()
        self.project.write({"final_amount": 980000.0, "final_audit_date": "2026-11-01"})
        with self.assertRaisesRegex(UserError, "Settle"):
            self.project.action_close()
        self.contract.write(
            {"settlement_amount": 980000.0, "settlement_date": "2026-10-20"}
        )
        self.contract.action_settle()
        self.project.action_close()
        self.assertEqual(self.project.state, "closed")
        self.assertEqual(self.project.paid_amount, 900000.0)
        self.assertEqual(self.project.progress_percent, 100.0)

    def test_failed_acceptance_refused(self):
        self.project.write(
            {
                "acceptance_date": "2026-10-01",
                "acceptance_committee": "Committee",
                "acceptance_result": "failed",
            }
        )
        with self.assertRaises(UserError):
            self.project.action_accept()

    def test_settlement_below_paid_refused(self):
        self._certify(self.contract, 100.0)
        payment = self._payment(self.contract, 900000.0, 100.0)
        payment.action_submit()
        payment.with_user(self.manager).action_approve()
        self.contract.write(
            {"settlement_amount": 800000.0, "settlement_date": "2026-10-20"}
        )
        with self.assertRaises(UserError):
            self.contract.action_settle()

    def test_implausible_figures_refused(self):
        with self.assertRaises(ValidationError):
            self._project(budget_amount=-1.0)
        with self.assertRaises(ValidationError):
            self._project(budget_amount=1e12)
        with self.assertRaises(ValidationError):
            self._project(approval_date="1900-01-01")
        with self.assertRaises(ValidationError):
            self._project(plan_start_date="2026-05-01", plan_end_date="2026-01-01")

    def test_delay_from_milestones(self):
        self.env["affairs.construction.milestone"].with_user(self.office).create(
            [
                {
                    "project_id": self.project.id,
                    "name": "Start",
                    "planned_date": "2026-03-01",
                    "actual_date": "2026-03-11",
                },
                {
                    "project_id": self.project.id,
                    "name": "Roof",
                    "planned_date": "2026-05-01",
                    "actual_date": "2026-04-20",
                },
            ]
        )
        self.assertEqual(self.project.delay_days, 10)

    def test_project_form(self):
        with Form(
            self.env["affairs.construction.project"].with_user(self.office)
        ) as form:
            form.name = "Canteen extension"
            form.agency_id = self.agency_b
            form.site = "Building 3"
            form.project_type = "extension"
            form.budget_amount = 6500000.0
            with form.funding_ids.new() as funding:
                funding.source = "fiscal"
                funding.amount = 5000000.0
            with form.funding_ids.new() as funding:
                funding.source = "self_raised"
                funding.amount = 1500000.0
        project = form.record
        self.assertTrue(project.code.startswith("JJ/"))
        self.assertEqual(project.funding_amount, 6500000.0)
        self.assertEqual(project.state, "draft")

    def test_approved_project_cannot_be_deleted(self):
        with self.assertRaises(UserError):
            self.project.unlink()
