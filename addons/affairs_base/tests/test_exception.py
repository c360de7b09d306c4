# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, ValidationError

from .common import AffairsCommon


class TestException(AffairsCommon):
    def test_rule_blocks_until_manager_records_exception(self):
        """A request over the category's cost cap is refused until a manager
        records an exception; the exception keeps who, why and when."""
        request = self._request(category_id=self.category_meeting.id, estimated_cost=25000)
        with self.assertRaisesRegex(ValidationError, "above the cap"):
            request.action_submit()
        self.assertEqual(request.state, "draft")
        exception = request.with_user(self.manager).action_affairs_grant_exception(
            "service_cost_cap", "Cost cap", "Provincial meeting hosted by the city"
        )
        self.assertEqual(exception.approved_by_id, self.manager)
        self.assertTrue(exception.approved_date)
        self.assertEqual(request.affairs_exception_count, 1)
        request.action_submit()
        self.assertEqual(request.state, "submitted")

    def test_under_cap_needs_no_exception(self):
        request = self._request(category_id=self.category_meeting.id, estimated_cost=20000)
        request.action_submit()
        self.assertEqual(request.state, "submitted")

    def test_only_managers_grant_exceptions(self):
        request = self._request(category_id=self.category_meeting.id, estimated_cost=25000)
        for user in (self.user_a, self.officer):
            with self.assertRaises(AccessError):
                request.with_user(user).action_affairs_grant_exception("service_cost_cap", "Cost cap", "x")

    def test_exception_is_per_rule_and_document(self):
        request = self._request(category_id=self.category_meeting.id, estimated_cost=25000)
        other = self._request(category_id=self.category_meeting.id, estimated_cost=25000)
        request.with_user(self.manager).action_affairs_grant_exception("another_rule", "Other", "x")
        with self.assertRaises(ValidationError):
            request.action_submit()
        other.with_user(self.manager).action_affairs_grant_exception("service_cost_cap", "Cost cap", "x")
        with self.assertRaises(ValidationError):
            request.action_submit()
        other.action_submit()

    def test_grant_from_the_form(self):
        """A manager opens the exception form from the document and records it."""
        from odoo.tests import Form

        request = self._request(category_id=self.category_meeting.id, estimated_cost=25000)
        action = request.with_user(self.manager).action_affairs_open_grant_exception()
        with Form(self.env["affairs.exception"].with_user(self.manager).with_context(action["context"])) as form:
            form.rule_code = "service_cost_cap"
            form.name = "Cost cap"
            form.reason = "City-wide conference"
        self.assertEqual(form.record.res_id, request.id)
        request.action_submit()
        self.assertEqual(request.state, "submitted")
