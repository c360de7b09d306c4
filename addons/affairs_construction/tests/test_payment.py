# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from .common import ConstructionCommon


class TestPayment(ConstructionCommon):
    def test_payment_cap_against_progress_and_retention(self):
        """1,000,000 contract, 50% certified, 3% retention: 485,000 in all."""
        self._certify(self.contract, 50.0)
        self.assertAlmostEqual(self.contract.payable_amount, 485000.0)
        first = self._payment(self.contract, 400000.0, 50.0)
        first.action_submit()
        first.with_user(self.manager).action_approve()
        self.assertEqual(first.state, "approved")
        self.assertEqual(self.contract.paid_amount, 400000.0)
        self.assertAlmostEqual(self.contract.remaining_payable, 85000.0)
        over = self._payment(self.contract, 85000.01, 50.0)
        with self.assertRaisesRegex(UserError, "refused"):
            over.action_submit()
        self.assertEqual(over.state, "draft")
        exact = self._payment(self.contract, 85000.0, 50.0)
        exact.action_submit()
        exact.with_user(self.manager).action_approve()
        self.assertAlmostEqual(self.contract.paid_amount, 485000.0)

    def test_progress_above_certified_refused(self):
        self._certify(self.contract, 30.0)
        payment = self._payment(self.contract, 1000.0, 40.0)
        with self.assertRaisesRegex(UserError, "certified"):
            payment.action_submit()

    def test_uncertified_progress_does_not_count(self):
        self.env["affairs.construction.progress"].with_user(self.office).create(
            {
                "project_id": self.project.id,
                "contract_id": self.contract.id,
                "percent_complete": 80.0,
            }
        )
        self.assertEqual(self.contract.certified_percent, 0.0)
        with self.assertRaises(UserError):
            self._payment(self.contract, 1000.0, 80.0).action_submit()

    def test_approved_change_raises_the_cap(self):
        self._certify(self.contract, 50.0)
        change = self._change(self.contract, 40000.0)
        change.with_user(self.manager).action_approve()
        # (1,000,000 + 40,000) x 50% x 97% = 504,400
        self.assertAlmostEqual(self.contract.payable_amount, 504400.0)
        payment = self._payment(self.contract, 504400.0, 50.0)
        payment.action_submit()
        payment.with_user(self.manager).action_approve()
        self.assertEqual(payment.state, "approved")

    def test_second_of_two_pending_payments_refused_at_approval(self):
        """Both fit alone; approving the second would overrun the cap."""
        self._certify(self.contract, 50.0)
        first = self._payment(self.contract, 300000.0, 50.0)
        second = self._payment(self.contract, 300000.0, 50.0)
        (first | second).action_submit()
        first.with_user(self.manager).action_approve()
        with self.assertRaisesRegex(UserError, "refused"):
            second.with_user(self.manager).action_approve()
        self.assertEqual(second.state, "submitted")

    def test_certifier_is_not_the_reporter(self):
        progress = (
            self.env["affairs.construction.progress"]
            .with_user(self.office)
            .create(
                {
                    "project_id": self.project.id,
                    "contract_id": self.contract.id,
                    "percent_complete": 10.0,
                }
            )
        )
        with self.assertRaises(UserError):
            progress.action_certify()

    def test_bad_amounts_refused(self):
        with self.assertRaises(ValidationError):
            self._payment(self.contract, 0.0, 0.0)
        with self.assertRaises(ValidationError):
            self._payment(self.contract, 10.0, 120.0)
        with self.assertRaises(ValidationError):
            self._contract(self.project, retention_rate=5.0, activate=False)
        with self.assertRaises(ValidationError):
            self.env["affairs.construction.payment"].create(
                {
                    "contract_id": self.contract.id,
                    "amount": 10.0,
                    "request_date": "2201-01-01",
                }
            )
        with self.assertRaises(ValidationError):
            self.env["affairs.construction.milestone"].create(
                {
                    "project_id": self.project.id,
                    "name": "Far",
                    "planned_date": "1800-01-01",
                }
            )

    def test_bill_values_carry_the_project_analytic_account(self):
        self._certify(self.contract, 50.0)
        payment = self._payment(self.contract, 1000.0, 50.0)
        vals = payment._prepare_bill_vals()
        self.assertEqual(vals["move_type"], "in_invoice")
        self.assertEqual(vals["partner_id"], self.builder.id)
        line = vals["invoice_line_ids"][0][2]
        self.assertEqual(line["price_unit"], 1000.0)
        self.assertEqual(
            line["analytic_distribution"],
            {str(self.project.analytic_account_id.id): 100},
        )

    def test_bill_only_for_approved_payment(self):
        payment = self._payment(self.contract, 1000.0, 0.0)
        with self.assertRaises(UserError):
            payment.action_create_bill()

    def test_payment_form_takes_certified_progress(self):
        self._certify(self.contract, 60.0)
        form = Form(self.env["affairs.construction.payment"].with_user(self.office))
        form.contract_id = self.contract
        self.assertEqual(form.progress_percent, 60.0)
        # 1,000,000 x 60% x 97%
        self.assertAlmostEqual(form.payable_cap, 582000.0)
        form.amount = 100000.0
        payment = form.save()
        self.assertEqual(payment.project_id, self.project)
