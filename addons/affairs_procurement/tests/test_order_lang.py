# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Purchase orders of the suite written in the acting user's language when
the call carries none (bare RPC, demo data)."""

import re

from odoo import Command
from odoo.tools import html2plaintext

from .common import ProcurementCommon


class TestOrderLang(ProcurementCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            ["mail", "purchase", "purchase_requisition", "affairs_procurement"],
            ["zh_CN"],
        )
        cls.executor.lang = "zh_CN"

    def test_call_off_origin_message_in_chinese(self):
        """A call-off order of the framework's blanket order, created with no
        context language by a Chinese executor, says in Chinese where it
        comes from (core's "This purchase order has been created from:")."""
        project = self._bidding_project(
            self._three_bids(),
            kind="services",
            method="framework",
            designated_service_type="vehicle_maintenance",
        ).with_user(self.executor)
        project.action_evaluate()
        project.action_award()
        project.action_sign_contract()
        requisition = project.requisition_id
        bare = self.env(context={}, user=self.executor)
        order = bare["purchase.order"].create(
            {
                "partner_id": requisition.vendor_id.id,
                "requisition_id": requisition.id,
                "company_id": requisition.company_id.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": requisition.line_ids.product_id.id,
                            "product_qty": 1.0,
                            "price_unit": 100.0,
                        }
                    )
                ],
            }
        )
        self.assertFalse(order.env.context.get("lang"), "the caller's context")
        bodies = [html2plaintext(m.body or "") for m in order.sudo().message_ids]
        origin = [body for body in bodies if requisition.name in body]
        self.assertTrue(origin, bodies)
        self.assertIn("已经创建自", origin[0])
        self.assertFalse(re.search(r"[a-z]{3,}", origin[0]), origin[0])
