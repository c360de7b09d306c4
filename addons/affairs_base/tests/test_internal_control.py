# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Domain
from odoo.tests import new_test_user

from .common import AffairsCommon


class TestInternalControl(AffairsCommon):
    """The approval mechanism holds: sealed reviews, transitions through the
    actions only, documents locked as they advance, agency boundaries."""

    def _meeting(self, user=None, **values):
        return self._request(
            user=user,
            category_id=self.category_meeting.id,
            estimated_cost=1000,
            **values,
        )

    # ---- sealed reviews ----
    def test_reviews_are_sealed(self):
        request = self._meeting()
        request.action_submit()
        review = request.review_ids
        definition = review.definition_id
        for user in (self.user_a, self.officer, self.manager):
            Review = self.env["tier.review"].with_user(user)
            with self.assertRaises(UserError):
                Review.create(
                    {
                        "model": request._name,
                        "res_id": request.id,
                        "definition_id": definition.id,
                        "status": "approved",
                    }
                )
            with self.assertRaises(UserError):
                review.with_user(user).write(
                    {"status": "approved", "done_by": self.manager.id}
                )
            with self.assertRaises(UserError):
                review.with_user(user).unlink()
            with self.assertRaises(UserError):
                request.with_user(user).write({"review_ids": [(2, review.id)]})
        self.assertEqual(review.status, "pending")
        # the mechanism itself still moves them
        request.with_user(self.officer).action_approve()
        self.assertEqual(review.status, "approved")
        self.assertEqual(review.done_by, self.officer)

    def test_oca_entry_points_cannot_bypass_the_actions(self):
        """validate_tier/restart_validation are public: called directly (as over
        RPC) they cannot touch the reviews."""
        request = self._meeting()
        request.action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.officer).validate_tier()
        with self.assertRaises(UserError):
            request.with_user(self.user_a).restart_validation()
        self.assertEqual(request.review_ids.status, "pending")

    def test_reviews_readable_with_their_document_only(self):
        request = self._meeting()
        request.action_submit()
        other = self._meeting(user=self.user_b)
        other.with_user(self.user_b).action_submit()
        Review = self.env["tier.review"].with_user(self.user_a)
        visible = Review.search([("model", "=", request._name)])
        self.assertIn(request.review_ids, visible)
        self.assertNotIn(other.review_ids, visible)
        with self.assertRaises(AccessError):
            other.review_ids.with_user(self.user_a).read(["status"])
        self.assertTrue(request.review_ids.with_user(self.user_a).read(["status"]))

    def test_review_search_checks_the_searched_models_only(self):
        """Reviews searched for one model check the access to that model only.

        (Not one subquery per approval model of the suite on every form load.)
        """
        Review = self.env["tier.review"]
        names = ["affairs.a", "affairs.b", "affairs.c"]
        one = Domain("model", "=", "affairs.b") & Domain("res_id", "in", [1, 2])
        self.assertEqual(Review._affairs_searched_models(one, names), ["affairs.b"])
        some = Domain("model", "in", ["affairs.c", "affairs.a"])
        self.assertEqual(
            Review._affairs_searched_models(some, names), ["affairs.a", "affairs.c"]
        )
        # Under an OR, or without a model, every model stays checked.
        either = Domain("model", "=", "affairs.b") | Domain("res_id", "=", 1)
        self.assertEqual(Review._affairs_searched_models(either, names), names)
        self.assertEqual(
            Review._affairs_searched_models(Domain("res_id", "=", 1), names), names
        )

    # ---- transitions ----
    def test_workflow_fields_only_through_actions(self):
        request = self._meeting()
        for vals in (
            {"state": "approved"},
            {"state": False},
            {"approved_by_id": self.manager.id},
            {"submitted_by_id": False},
            {"reject_reason": "forged"},
            {"handler_id": self.officer.id},
            {"date_done": "2026-01-01 10:00:00"},
        ):
            for user in (self.user_a, self.officer, self.manager):
                with self.assertRaisesRegex(UserError, "only through its actions"):
                    request.with_user(user).write(vals)
        self.assertEqual(request.state, "draft")
        self.assertFalse(request.approved_by_id)

    def test_create_starts_as_draft(self):
        for vals in (
            {"state": "done"},
            {"approved_by_id": self.manager.id},
            {"handler_id": self.officer.id},
        ):
            with self.assertRaisesRegex(UserError, "starts as a draft"):
                self._request(user=self.officer, **vals)
        request = self._request(state="draft")
        self.assertEqual(request.state, "draft")

    def test_copy_starts_over(self):
        request = self._meeting()
        request.action_submit()
        request.with_user(self.officer).action_approve()
        copy = request.with_user(self.user_a).copy({"state": "approved"})
        self.assertEqual(copy.state, "draft")
        self.assertFalse(copy.approved_by_id or copy.submitted_by_id)

    # ---- locking ----
    def test_requester_edits_only_drafts(self):
        request = self._meeting()
        request.write({"title": "Still a draft"})
        request.action_submit()
        with self.assertRaisesRegex(UserError, "has been submitted"):
            request.write({"estimated_cost": 10})
        request.with_user(self.officer).action_approve()
        with self.assertRaisesRegex(UserError, "has been submitted"):
            request.with_user(self.user_a).write({"title": "Changed after approval"})
        with self.assertRaisesRegex(UserError, "has been submitted"):
            request.with_user(self.manager).write({"estimated_cost": 1})
        self.assertEqual(request.estimated_cost, 1000)
        # chatter stays open
        request.with_user(self.user_a).message_post(body="Any news?")

    def test_closed_request_does_not_move(self):
        request = self._request()
        request.action_submit()
        request.with_user(self.officer).action_accept()
        request.with_user(self.officer).action_done()
        with self.assertRaisesRegex(UserError, "closed"):
            request.with_user(self.manager).write({"location": "elsewhere"})
        request.action_rate(5, "fast")
        self.assertEqual(request.rating, "5")

    # ---- boundaries ----
    def test_agency_user_stays_in_own_agency(self):
        with self.assertRaisesRegex(UserError, "your own agency"):
            self._request(agency_id=self.agency_b.id)
        request = self._request()
        with self.assertRaisesRegex(UserError, "your own agency"):
            request.write({"agency_id": self.agency_b.id})
        company = self.env["res.company"].create({"name": "Other Bureau"})
        self.user_a.company_ids += company
        with self.assertRaises(UserError):
            request.write({"company_id": company.id})
        # the desk files for any agency
        self._request(user=self.officer, agency_id=self.agency_b.id)

    def test_reject_arguments_checked(self):
        request = self._meeting()
        request.action_submit()
        for reason in (None, "", "   ", 5, ["a"], {"x": 1}):
            with self.assertRaisesRegex(UserError, "reason"):
                request.with_user(self.officer).action_reject(reason)
        self.assertEqual(request.state, "submitted")

    def test_cadre_without_agency_rights_cannot_forge(self):
        """An internal user outside the suite's groups reads no reviews."""
        outsider = new_test_user(self.env, "outsider", groups="base.group_user")
        request = self._meeting()
        request.action_submit()
        self.assertFalse(
            self.env["tier.review"]
            .with_user(outsider)
            .search([("res_id", "=", request.id)])
        )

    def test_implausible_input_refused(self):
        request = self._request()
        for vals in (
            {"estimated_cost": -5},
            {"estimated_cost": 1e308},
            {"estimated_cost": "lots"},
            {"location": "x" * 200000},
        ):
            with self.assertRaises(UserError):
                request.write(vals)
        self.assertFalse(request.estimated_cost)

    def test_implausible_input_refused_on_every_suite_field(self):
        """Fields the suite adds to a core model (an agency's headcount and
        level) are checked too, for every user but the superuser."""
        agency = self.agency_a.with_user(self.env.ref("base.user_admin"))
        for vals in (
            {"affairs_headcount": -1},
            {"affairs_headcount": 1.5},
            {"affairs_headcount": 2**31 - 1},
            {"affairs_headcount": "x"},
            {"affairs_level": "__bogus__"},
            {"affairs_level": 12345},
        ):
            with self.assertRaises(ValidationError):
                agency.write(vals)
        self.assertEqual(self.agency_a.affairs_headcount, 50)
        agency.write({"affairs_headcount": 60})
        self.assertEqual(self.agency_a.affairs_headcount, 60)

    def test_reject_wizard_refuses_foreign_models(self):
        Wizard = self.env["affairs.reject.wizard"].with_user(self.officer)
        for res_model, res_ids in (
            ("res.users", "[2]"),
            ("no.such.model", "[1]"),
            ("affairs.service.request", "__import__('os')"),
            ("affairs.service.request", "[]"),
            ("affairs.service.request", "['x']"),
        ):
            wizard = Wizard.create(
                {"res_model": res_model, "res_ids": res_ids, "reason": "no"}
            )
            with self.assertRaisesRegex(UserError, "Nothing to reject"):
                wizard.action_reject()

    def _approve(self, request):
        for user in (self.officer, self.manager):
            if request.state == "submitted":
                request.with_user(user).action_approve()

    # ---- company boundaries on relation fields (check_company) ----
    def test_relations_refuse_records_of_another_company(self):
        """A request of company A cannot name an agency or a requester of
        company B, whoever writes it."""
        company_b = self.env["res.company"].create({"name": "Bureau B"})
        agency_b = self.env["hr.department"].create(
            {
                "name": "B局",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
                "company_id": company_b.id,
            }
        )
        employee_b = self.env["hr.employee"].create(
            {"name": "B员工", "company_id": company_b.id}
        )
        request = self._request(user=self.officer, agency_id=self.agency_a.id)
        self.assertEqual(request.company_id, self.env.company)
        for vals in ({"agency_id": agency_b.id}, {"requester_id": employee_b.id}):
            with self.assertRaises(UserError):
                request.with_user(self.officer).write(vals)
            with self.assertRaises(UserError):
                request.write(vals)  # the superuser too
            with self.assertRaises(UserError):
                self.env["affairs.service.request"].with_user(self.manager).create(
                    dict(vals, title="B", category_id=self.category_repair.id)
                )
        self.assertEqual(request.agency_id, self.agency_a)

    # ---- approved corrections ----
    def test_correction_of_an_approved_request(self):
        """After approval a correction is a new request approved again; the
        original keeps its state and links to it."""
        request = self._meeting()
        request.with_user(self.user_a).action_submit()
        self._approve(request)
        self.assertEqual(request.state, "approved")
        with self.assertRaisesRegex(UserError, "has been submitted|only through"):
            request.with_user(self.user_a).write({"estimated_cost": 1})
        with self.assertRaises(AccessError):
            request.with_user(self.user_b).action_request_correction("改")
        for bad in (None, "", "  ", 5, ["x"], "x" * 20000):
            with self.assertRaises(UserError):
                request.with_user(self.user_a).action_request_correction(bad)
        action = request.with_user(self.user_a).action_request_correction("会议延期")
        correction = request.browse(action["res_id"])
        self.assertEqual(correction.state, "draft")
        self.assertEqual(correction.affairs_correction_of_res_id, request.id)
        self.assertEqual(request.affairs_correction_count, 1)
        self.assertEqual(request.action_view_corrections()["res_id"], correction.id)
        self.assertEqual(
            correction.action_view_correction_original()["res_id"], request.id
        )
        self.assertEqual(request.state, "approved")
        self.assertIn(correction.name, request.message_ids[0].body)
        correction.with_user(self.user_a).write({"estimated_cost": 1200})
        correction.with_user(self.user_a).action_submit()
        # separation of duties holds for the correction too
        with self.assertRaises(UserError):
            correction.with_user(self.user_a).action_approve()
        self._approve(correction)
        self.assertEqual(correction.state, "approved")
        self.assertEqual(request.estimated_cost, 1000)
        self.assertIn("Correction approved", request.message_ids[0].body)
