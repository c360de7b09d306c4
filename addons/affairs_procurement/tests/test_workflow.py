# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import UserError, ValidationError

from .common import ProcurementCommon


class TestWorkflow(ProcurementCommon):
    """Plan -> project -> award -> order -> contract -> acceptance."""

    def _awarded_project(self, **values):
        project = self._bidding_project(self._three_bids(), **values)
        project = project.with_user(self.executor)
        project.action_evaluate()
        project.action_award()
        return project

    def test_plan_to_project(self):
        """Only items of an approved plan become projects, once."""
        plan = (
            self.env["affairs.procurement.plan"]
            .with_user(self.cadre)
            .create(
                {
                    "agency_id": self.agency.id,
                    "year": 2026,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "Servers",
                                "kind": "goods",
                                "budget_amount": 2500000.0,
                                "expected_month": "9",
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "name": "Cleaning",
                                "kind": "services",
                                "budget_amount": 600000.0,
                                "expected_month": "6",
                            },
                        ),
                    ],
                }
            )
        )
        self.assertEqual(plan.budget_total, 3100000.0)
        with self.assertRaises(UserError):
            plan.line_ids.with_user(self.executor).action_create_project()
        plan.action_submit()
        plan.with_user(self.manager).action_approve()
        self.assertEqual(plan.state, "approved")
        plan.line_ids.with_user(self.executor).action_create_project()
        servers, cleaning = plan.line_ids.project_ids.sorted("title")[::-1]
        self.assertEqual(servers.method, "open_tender")
        self.assertEqual(cleaning.method, "competitive_consultation")
        self.assertEqual(servers.agency_id, self.agency)
        self.assertEqual(servers.year, 2026)
        with self.assertRaisesRegex(UserError, "already has a project"):
            plan.line_ids[0].with_user(self.executor).action_create_project()

    def test_plan_needs_items(self):
        plan = self.env["affairs.procurement.plan"].create(
            {"agency_id": self.agency.id}
        )
        with self.assertRaises(UserError):
            plan.action_submit()

    def test_award_creates_purchase_order(self):
        """The winner's order is for the agency, on its analytic account."""
        project = self._awarded_project()
        order = project.purchase_order_id
        winner = project.winning_bid_id
        self.assertEqual(winner.partner_id, self.supplier_a)
        self.assertTrue(winner.is_winner)
        self.assertEqual(order.partner_id, self.supplier_a)
        self.assertEqual(
            order.amount_total,
            100000.0,
            "awarded at the price, not the evaluated price",
        )
        self.assertEqual(order.affairs_agency_id, self.agency)
        self.assertEqual(
            order.order_line.analytic_distribution,
            {str(self.agency.affairs_analytic_account_id.id): 100},
        )
        self.assertEqual(project.stage, "awarded")

    def test_savings(self):
        """Savings = budget - award; rate = savings / budget."""
        project = self._awarded_project(budget_amount=125000.0)
        self.assertEqual(project.award_amount, 100000.0)
        self.assertEqual(project.savings_amount, 25000.0)
        self.assertAlmostEqual(project.savings_rate, 20.0)

    def test_statutory_dates_after_award(self):
        """Challenge window 7 working days, contract within 30 days of the notice."""
        project = self._awarded_project()
        self.assertEqual(project.date_award_notice, self.today)
        self.assertEqual(project.date_challenge_end, self._working(self.today, 7))
        self.assertEqual(
            project.date_contract_deadline, self.today + timedelta(days=30)
        )
        # evaluation report 2 + confirmation 5 + notice 2 working days
        self.assertEqual(project.date_award_due, self._working(self.today, 9))
        summaries = project.activity_ids.mapped("summary")
        self.assertIn("Sign the contract", summaries)
        self.assertIn("Issue the award notice", summaries)

    def _working(self, start, days):
        return self.env.company._affairs_add_working_days(start, days)

    def test_add_working_days(self):
        add = self.env["affairs.procurement.deadline"]._add_days
        self.assertEqual(add(date(2026, 3, 6), 1, "working"), date(2026, 3, 9))
        self.assertEqual(add(date(2026, 3, 6), 7, "working"), date(2026, 3, 17))
        self.assertEqual(add(date(2026, 3, 6), 7, "calendar"), date(2026, 3, 13))

    def test_challenge_window(self):
        """A challenge after the window is refused; an open one blocks signature."""
        project = self._awarded_project()
        Challenge = self.env["affairs.procurement.challenge"].with_user(self.executor)
        with self.assertRaisesRegex(ValidationError, "challenge window"):
            Challenge.create(
                {
                    "project_id": project.id,
                    "partner_id": self.supplier_b.id,
                    "reason": "Late",
                    "date_received": project.date_challenge_end + timedelta(days=1),
                }
            )
        challenge = Challenge.create(
            {
                "project_id": project.id,
                "partner_id": self.supplier_b.id,
                "reason": "Scoring",
                "date_received": project.date_challenge_end,
            }
        )
        self.assertEqual(
            challenge.date_reply_due, self._working(challenge.date_received, 7)
        )
        with self.assertRaisesRegex(UserError, "open challenges"):
            project.action_sign_contract()
        with self.assertRaises(UserError):
            challenge.action_reply()
        challenge.reply = "The scoring follows the documents."
        challenge.action_reply()
        project.action_sign_contract()
        self.assertEqual(project.stage, "contracted")
        self.assertEqual(project.purchase_order_id.state, "purchase")

    def test_late_reply_flagged(self):
        project = self._awarded_project()
        challenge = (
            self.env["affairs.procurement.challenge"]
            .with_user(self.executor)
            .create(
                {
                    "project_id": project.id,
                    "partner_id": self.supplier_b.id,
                    "reason": "Scoring",
                    "date_received": self.today - timedelta(days=20),
                }
            )
        )
        self.assertTrue(challenge.is_late)
        self.assertTrue(project.is_late)
        self.assertIn(
            project,
            self.env["affairs.procurement.project"].search([("is_late", "=", True)]),
        )

    def test_contract_late(self):
        """A contract signed after the deadline is flagged late."""
        project = self._awarded_project()
        self.assertFalse(project.is_late)
        project.date_contract = project.date_contract_deadline + timedelta(days=1)
        project.action_sign_contract()
        self.assertTrue(project.contract_signed_late)
        self.assertTrue(project.is_late)
        Project = self.env["affairs.procurement.project"]
        self.assertIn(project, Project.search([("is_late", "=", True)]))
        self.assertNotIn(project, Project.search([("is_late", "=", False)]))

    def test_unsigned_contract_past_deadline_is_late(self):
        project = self._awarded_project()
        # as if the notice had been issued 40 days ago (a workflow field)
        project.sudo().date_award_notice = self.today - timedelta(days=40)
        self.assertTrue(project.is_late)
        self.assertIn("contract", project.late_note)

    def test_acceptance(self):
        """Acceptance needs a result and someone other than the signer."""
        project = self._awarded_project()
        project.action_sign_contract()
        with self.assertRaisesRegex(UserError, "acceptance result"):
            project.action_record_acceptance()
        project.acceptance_result = "pass"
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.action_record_acceptance()
        project.with_user(self.executor_2).action_record_acceptance()
        self.assertEqual(project.stage, "done")
        self.assertEqual(project.state, "approved")
        self.assertEqual(project.acceptance_by_id, self.executor_2)
        # An accepted project is closed, also for the executors.
        with self.assertRaisesRegex(UserError, "accepted and closed"):
            project.with_user(self.executor_2).acceptance_note = "Later remark"

    def test_approval_state_apart_from_execution_stage(self):
        """The method's approval is the state; execution moves the stage of
        an approved project only, through its actions."""
        project = self._create_project()
        self.assertEqual((project.state, project.stage), ("draft", "preparation"))
        with self.assertRaisesRegex(UserError, "must be approved"):
            project.with_user(self.executor).action_publish()
        self._approve(project)
        project.with_user(self.executor).action_publish()
        self.assertEqual((project.state, project.stage), ("approved", "bidding"))
        with self.assertRaisesRegex(UserError, "change only through its actions"):
            project.with_user(self.executor).write({"stage": "awarded"})
        Project = self.env["affairs.procurement.project"]
        groups = Project.with_context(read_group_expand=True).web_read_group(
            [], ["stage"], ["__count"]
        )["groups"]
        self.assertEqual(
            [group["stage"] for group in groups],
            ["preparation", "bidding", "evaluated", "awarded", "contracted", "done"],
        )

    def test_framework_blanket_order_and_designated_supplier(self):
        """A framework award is a blanket order and a designated supplier."""
        project = self._awarded_project(
            kind="services",
            method="framework",
            designated_service_type="vehicle_maintenance",
        )
        self.assertFalse(project.purchase_order_id)
        self.assertEqual(project.requisition_id.requisition_type, "blanket_order")
        self.assertEqual(project.requisition_id.vendor_id, self.supplier_a)
        project.action_sign_contract()
        self.assertEqual(project.requisition_id.state, "confirmed")
        Designated = self.env["affairs.designated.supplier"]
        self.assertEqual(
            Designated._get_suppliers("vehicle_maintenance"), self.supplier_a
        )
        self.assertFalse(Designated._get_suppliers("fuel"))
        self.assertFalse(
            Designated._get_suppliers(
                "vehicle_maintenance", self.today - timedelta(days=1)
            )
        )

    def test_cancel(self):
        project = self._bidding_project(self._three_bids())
        project.with_user(self.executor).action_cancel()
        self.assertEqual(project.state, "cancel")
        awarded = self._awarded_project(title="Other")
        with self.assertRaises(UserError):
            awarded.action_cancel()
