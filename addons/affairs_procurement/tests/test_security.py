# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import ProcurementCommon


class TestSeparationOfDuties(ProcurementCommon):
    """Management approves, execution runs, never the same person (管采分离)."""

    def test_executor_cannot_approve_own_project(self):
        """A manager who is the project's executor cannot approve its method."""
        project = (
            self.env["affairs.procurement.project"]
            .with_user(self.executor)
            .create(self._project_vals(executor_id=self.manager_executor.id))
        )
        project.action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.with_user(self.manager_executor).action_approve()
        project.with_user(self.manager).action_approve()
        self.assertEqual(project.state, "approved")

    def test_approver_cannot_execute(self):
        """Whoever approved the method cannot publish, evaluate or award."""
        project = (
            self.env["affairs.procurement.project"]
            .with_user(self.executor)
            .create(self._project_vals())
        )
        project.action_submit()
        project.with_user(self.manager_executor).action_approve()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.with_user(self.manager_executor).action_publish()
        project.action_publish()
        self._add_bids(project, self._three_bids())
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.with_user(self.manager_executor).action_evaluate()
        project.action_evaluate()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.with_user(self.manager_executor).action_award()

    def test_plan_approver_cannot_execute(self):
        """The manager who approved the plan cannot run its projects."""
        plan = self.env["affairs.procurement.plan"].create(
            {
                "agency_id": self.agency.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Desks",
                            "kind": "goods",
                            "budget_amount": 400000.0,
                            "expected_month": "12",
                        },
                    )
                ],
            }
        )
        plan.action_submit()
        plan.with_user(self.manager_executor).action_approve()
        plan.line_ids.with_user(self.executor).action_create_project()
        project = plan.line_ids.project_ids
        project.write(self._project_vals(title="Desks"))
        self._approve(project)
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.with_user(self.manager_executor).action_publish()

    def test_manager_without_executor_role_cannot_execute(self):
        project = self._approve(self._create_project())
        with self.assertRaisesRegex(UserError, "executors"):
            project.with_user(self.manager).action_publish()

    def test_executor_cannot_approve(self):
        project = self._create_project(executor_id=self.executor_2.id)
        project.action_submit()
        with self.assertRaises(UserError):
            project.with_user(self.executor).action_approve()


class TestAgencyAccess(ProcurementCommon):
    """Agency cadres see their own agency's plans and projects only."""

    def test_cadre_reads_own_agency(self):
        own = self._create_project()
        other = self._create_project(agency_id=self.other_agency.id)
        Project = self.env["affairs.procurement.project"].with_user(self.cadre)
        self.assertEqual(Project.search([("id", "in", (own | other).ids)]), own)
        own.with_user(self.cadre).read(["title"])
        with self.assertRaises(AccessError):
            other.with_user(self.cadre).read(["title"])
        with self.assertRaises(AccessError):
            own.with_user(self.cadre).write({"title": "Changed"})
        with self.assertRaises(AccessError):
            Project.create(self._project_vals())

    def test_cadre_plans(self):
        Plan = self.env["affairs.procurement.plan"]
        own = Plan.with_user(self.cadre).create({"agency_id": self.agency.id})
        other = Plan.create({"agency_id": self.other_agency.id})
        with self.assertRaises(AccessError):
            other.with_user(self.cadre).read(["name"])
        self.assertEqual(
            Plan.with_user(self.other_cadre).search([("id", "in", (own | other).ids)]),
            other,
        )

    def test_cadre_cannot_read_experts(self):
        with self.assertRaises(AccessError):
            self.experts[0].with_user(self.cadre).read(["name"])

    def test_multi_company(self):
        company = self.env["res.company"].create({"name": "Other City"})
        project = self._create_project()
        user = self.executor_2
        user.write({"company_ids": [(6, 0, [company.id])], "company_id": company.id})
        with self.assertRaises(AccessError):
            project.with_user(user).read(["title"])


class TestExperts(ProcurementCommon):
    """Random panels without related experts; sealed scores."""

    def test_draw_excludes_related_experts(self):
        self.experts[0].conflict_partner_ids = self.supplier_a
        self.experts[1].conflict_partner_ids = self.supplier_b
        project = self._bidding_project(self._three_bids())
        for _attempt in range(5):
            project.with_user(self.executor).action_draw_experts(panel_size=3)
            self.assertFalse(project.expert_ids & (self.experts[0] | self.experts[1]))
        draw = project.draw_ids[0]
        self.assertEqual(draw.excluded_ids, self.experts[0] | self.experts[1])
        self.assertEqual(len(draw.expert_ids), 3)
        self.assertEqual(draw.user_id, self.executor)
        self.assertTrue(draw.seed)
        self.assertEqual(len(project.draw_ids), 5)

    def test_draw_replayable_from_seed(self):
        import random

        project = self._bidding_project(self._three_bids())
        project.with_user(self.executor).action_draw_experts(panel_size=3)
        draw = project.draw_ids
        replay = random.Random(draw.seed).sample(sorted(draw.candidate_ids.ids), 3)
        self.assertEqual(sorted(replay), sorted(draw.expert_ids.ids))

    def test_pool_too_small(self):
        (self.experts[:4]).conflict_partner_ids = self.supplier_c
        project = self._bidding_project(self._three_bids())
        with self.assertRaisesRegex(UserError, "eligible experts"):
            project.with_user(self.executor).action_draw_experts(panel_size=3)

    def test_panel_size_from_rules(self):
        """Inquiry 3, open tender 5, 7 from 10,000,000."""
        self.assertEqual(self._create_project()._get_panel_size(), 3)
        tender = {"method": "open_tender", "budget_amount": 3000000.0}
        self.assertEqual(self._create_project(**tender)._get_panel_size(), 5)
        tender["budget_amount"] = 10000000.0
        self.assertEqual(self._create_project(**tender)._get_panel_size(), 7)

    def test_expert_scores_sealed_until_submitted(self):
        """An expert sees other experts' scores, averages and totals only once
        the whole panel has submitted."""
        project = self._bidding_project(
            self._three_bids(), method="competitive_consultation"
        )
        project.with_user(self.executor).action_draw_experts(panel_size=3)
        first, second, third = project.expert_ids[:3]
        Score = self.env["affairs.procurement.score"]
        bid = project.bid_ids[0]
        score_first = Score.with_user(first.user_id).create(
            {
                "bid_id": bid.id,
                "expert_id": first.id,
                "technical_score": 40,
                "commercial_score": 20,
            }
        )
        score_second = Score.with_user(second.user_id).create(
            {
                "bid_id": bid.id,
                "expert_id": second.id,
                "technical_score": 50,
                "commercial_score": 10,
            }
        )
        as_second = Score.with_user(second.user_id)
        self.assertEqual(
            as_second.search([("project_id", "=", project.id)]), score_second
        )
        with self.assertRaises(AccessError):
            score_first.with_user(second.user_id).read(["technical_score"])
        with self.assertRaises(AccessError):
            score_first.with_user(second.user_id).write({"technical_score": 1})
        score_second.with_user(second.user_id).action_submit()
        self.assertEqual(
            as_second.search([("project_id", "=", project.id)]),
            score_second,
            "the rest of the panel has not submitted yet",
        )
        as_second_bid = bid.with_user(second.user_id).read(
            ["technical_score", "commercial_score", "total_score", "ranking"]
        )[0]
        self.assertFalse(
            as_second_bid["technical_score"] or as_second_bid["total_score"],
            "no average or total before the panel has submitted",
        )
        with self.assertRaises(Exception) as catcher:
            score_second.with_user(second.user_id).write({"technical_score": 1})
        self.assertIsInstance(catcher.exception, (AccessError, UserError))
        # only submitted scores count, and evaluation waits for all of them
        self.assertEqual(bid.technical_score, 50.0)
        with self.assertRaisesRegex(UserError, "submit their scores"):
            project.with_user(self.executor).action_evaluate()
        score_first.with_user(first.user_id).action_submit()
        self.assertEqual(bid.technical_score, 45.0)
        self.assertEqual(bid.commercial_score, 15.0)
        Score.with_user(third.user_id).create(
            {
                "bid_id": bid.id,
                "expert_id": third.id,
                "technical_score": 45,
                "commercial_score": 15,
            }
        ).with_user(third.user_id).action_submit()
        self.assertTrue(project.is_panel_submitted)
        self.assertEqual(len(as_second.search([("project_id", "=", project.id)])), 3)
        self.assertEqual(
            bid.with_user(second.user_id).read(["technical_score"])[0][
                "technical_score"
            ],
            45.0,
        )

    def test_only_panel_experts_score(self):
        project = self._bidding_project(self._three_bids())
        project.with_user(self.executor).action_draw_experts(panel_size=3)
        outsider = self.experts - project.expert_ids
        with self.assertRaises(Exception) as catcher:
            self.env["affairs.procurement.score"].with_user(outsider[0].user_id).create(
                {"bid_id": project.bid_ids[0].id, "expert_id": outsider[0].id}
            )
        self.assertIsInstance(catcher.exception, (AccessError, ValidationError))

    def test_expert_sees_only_panel_projects(self):
        project = self._bidding_project(self._three_bids())
        project.with_user(self.executor).action_draw_experts(panel_size=3)
        outsider = (self.experts - project.expert_ids)[0]
        member = project.expert_ids[0]
        project.with_user(member.user_id).read(["title"])
        with self.assertRaises(AccessError):
            project.with_user(outsider.user_id).read(["title"])


class TestProcurementInternalControl(ProcurementCommon):
    """Management and execution stay apart; the panel is drawn, never chosen."""

    def test_executor_never_approves_plans_or_projects(self):
        project = self._create_project()
        project.with_user(self.executor).action_submit()
        with self.assertRaises(UserError):
            project.with_user(self.executor_2).action_approve()
        with self.assertRaisesRegex(UserError, "only through its actions"):
            project.with_user(self.executor_2).write({"state": "approved"})
        self.assertEqual(project.state, "submitted")

    def test_panel_is_drawn_not_chosen(self):
        project = self._bidding_project(self._three_bids())
        with self.assertRaisesRegex(UserError, "only through its actions"):
            project.with_user(self.executor).write(
                {"expert_ids": [(6, 0, self.experts[:3].ids)]}
            )
        for bad in (0, -1, 10**6, "3", 2.5, True):
            with self.assertRaises(UserError):
                project.with_user(self.executor).action_draw_experts(panel_size=bad)
        self.assertFalse(project.expert_ids)
        with self.assertRaises(AccessError):
            self.experts[0].with_user(self.executor).write(
                {"conflict_partner_ids": [(5, 0, 0)]}
            )
