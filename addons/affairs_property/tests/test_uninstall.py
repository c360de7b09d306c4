# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import Command

from odoo.addons.affairs_property.hooks import _own_models, uninstall_hook

from .common import PropertyCommon


class TestUninstallHook(PropertyCommon):
    """The uninstall hook deletes through the ORM: nothing hangs on."""

    def test_documents_go_with_their_traces(self):
        chief = self._employee("处长", self.municipal, "division")
        room = self._room("701", 40.0)
        request = (
            self.env["affairs.space.request"]
            .with_user(self.officer)
            .create(
                {
                    "request_type": "allocate",
                    "agency_id": self.municipal.id,
                    "reason": "新设处室",
                    "line_ids": [
                        Command.create(
                            {
                                "room_id": room.id,
                                "employee_ids": [Command.set(chief.ids)],
                            }
                        )
                    ],
                }
            )
        )
        request.with_user(self.manager).action_affairs_grant_exception(
            "property_office_over_standard", "拟隔断改造"
        )
        request.with_user(self.officer).action_submit()  # tier reviews, activities
        request.message_post(body="请尽快办理")
        self.env["ir.attachment"].create(
            {
                "name": "floor-plan.pdf",
                "datas": base64.b64encode(b"%PDF-1.4 plan"),
                "res_model": request._name,
                "res_id": request.id,
            }
        )
        asset = self._asset()
        asset.message_post(body="入账")
        models = _own_models(self.env)
        self.assertIn("affairs.space.request", models)
        self.assertIn("affairs.room", models)
        self.assertTrue(request.review_ids)

        uninstall_hook(self.env)

        for model in models:
            self.assertFalse(self.env[model].with_context(active_test=False).search([]))
        for Model, field in (
            ("mail.message", "model"),
            ("mail.followers", "res_model"),
            ("mail.activity", "res_model"),
            ("ir.attachment", "res_model"),
            ("tier.review", "model"),
            ("affairs.exception", "res_model"),
        ):
            leftovers = self.env[Model].sudo().search([(field, "in", models)])
            self.assertFalse(leftovers, f"{Model} of the module's documents remain")
