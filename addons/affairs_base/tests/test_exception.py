# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import AffairsCommon


class TestException(AffairsCommon):
    def test_rule_blocks_until_manager_records_exception(self):
        """A request over the category's cost cap is refused until a manager
        records an exception; the exception keeps who, why and when."""
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        with self.assertRaisesRegex(ValidationError, "above the cap"):
            request.action_submit()
        self.assertEqual(request.state, "draft")
        exception = request.with_user(self.manager).action_affairs_grant_exception(
            "service_cost_cap", "Provincial meeting hosted by the city"
        )
        self.assertEqual(exception.approved_by_id, self.manager)
        self.assertTrue(exception.approved_date)
        self.assertEqual(request.affairs_exception_count, 1)
        request.action_submit()
        self.assertEqual(request.state, "submitted")

    def test_under_cap_needs_no_exception(self):
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=20000
        )
        request.action_submit()
        self.assertEqual(request.state, "submitted")

    def test_only_managers_grant_exceptions(self):
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        for user in (self.user_a, self.officer):
            with self.assertRaises(AccessError):
                request.with_user(user).action_affairs_grant_exception(
                    "service_cost_cap", "x"
                )

    def test_exception_is_per_rule_and_document(self):
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        other = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        self.env["affairs.exception.rule"].create(
            {
                "code": "another_rule",
                "name": "Other",
                "module": "affairs_base",
                "res_model": "affairs.service.request",
                "description": "Another rule.",
            }
        )
        request.with_user(self.manager).action_affairs_grant_exception(
            "another_rule", "x"
        )
        with self.assertRaises(ValidationError):
            request.action_submit()
        other.with_user(self.manager).action_affairs_grant_exception(
            "service_cost_cap", "x"
        )
        with self.assertRaises(ValidationError):
            request.action_submit()
        other.action_submit()

    def test_grant_from_the_wizard(self):
        """A manager opens the one grant wizard from the document, picks a rule
        of the catalogue and records it."""
        from odoo.tests import Form

        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        action = request.with_user(self.manager).action_affairs_open_grant_exception()
        Wizard = (
            self.env[action["res_model"]]
            .with_user(self.manager)
            .with_context(action["context"])
        )
        with Form(Wizard) as form:
            form.rule_id = self.env.ref("affairs_base.exception_rule_service_cost_cap")
            form.reason = "City-wide conference"
        form.record.action_grant()
        exception = request.affairs_exception_ids
        self.assertEqual(exception.rule_id.code, "service_cost_cap")
        self.assertEqual(exception.name, "Service cost cap")
        # Shown by the rule's name, in the reader's language, not the copy
        # made in the language of whoever granted it.
        exception.rule_id.sudo().with_context(lang="en_US").name = "服务费用上限"
        self.assertEqual(exception.display_name, "服务费用上限")
        self.assertIn("City-wide conference", request.message_ids[0].body)
        request.action_submit()
        self.assertEqual(request.state, "submitted")
        with self.assertRaisesRegex(UserError, "already has an exception"):
            Wizard.create(
                {"rule_id": exception.rule_id.id, "reason": "again"}
            ).action_grant()
        with self.assertRaises(AccessError):
            self.env[action["res_model"]].with_user(self.officer).with_context(
                action["context"]
            ).create({"rule_id": exception.rule_id.id, "reason": "x"})

    def test_only_catalogued_rules(self):
        """An exception names a rule of the catalogue, on the rule's documents."""
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        with self.assertRaisesRegex(ValidationError, "not a rule of the catalogue"):
            request.with_user(self.manager).action_affairs_grant_exception(
                "free_text", "x"
            )
        self.env["affairs.exception.rule"].create(
            {
                "code": "key_task_rule",
                "name": "Other model",
                "module": "affairs_base",
                "res_model": "affairs.key.task",
                "description": "A key-task rule.",
            }
        )
        with self.assertRaisesRegex(ValidationError, "not checked on this kind"):
            request.with_user(self.manager).action_affairs_grant_exception(
                "key_task_rule", "x"
            )
