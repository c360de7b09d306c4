# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.affairs_base.tests.common import in_english


@tagged("post_install", "-at_install")
class TestProcurementTour(HttpCase):
    """A manager approves a plan; an executor runs an inquiry to the order."""

    def test_plan_to_purchase_order(self):
        env = self.env
        today = fields.Date.context_today(env["affairs.procurement.project"])
        manager = new_test_user(
            env, "tour_proc_manager", groups="affairs_base.group_affairs_manager"
        )
        executor = new_test_user(
            env,
            "tour_proc_executor",
            groups="affairs_procurement.group_procurement_executor",
        )
        env["res.partner"].create(
            [{"name": f"Tour Supplier {code}", "is_company": True} for code in "ABC"]
        )
        agency = env["hr.department"].create(
            {
                "name": "Tour Agency",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        plan = env["affairs.procurement.plan"].create(
            {
                "agency_id": agency.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Tour printers",
                            "kind": "goods",
                            "budget_amount": 1200.0,
                            "expected_month": "12",
                        },
                    )
                ],
            }
        )
        plan.action_submit()
        self.start_tour(
            f"/odoo/procurement-plans/{plan.id}",
            "affairs_procurement_plan_approval_tour",
            login=in_english(self.env, manager.login),
        )
        self.assertEqual(plan.state, "approved")
        self.assertEqual(plan.approved_by_id, manager)

        plan.line_ids.with_user(executor).action_create_project()
        project = plan.line_ids.project_ids.with_user(executor)
        self.assertEqual(project.method, "inquiry")
        project.write(
            {
                "method_reason": "Standard goods",
                "date_issue": today - timedelta(days=20),
                "date_bid_deadline": today - timedelta(days=10),
            }
        )
        project.action_submit()
        project.with_user(manager).action_approve()
        self.start_tour(
            f"/odoo/procurement-projects/{project.id}",
            "affairs_procurement_inquiry_tour",
            login=in_english(self.env, executor.login),
        )
        self.assertEqual(project.stage, "awarded")
        self.assertEqual(len(project.bid_ids), 3)
        order = project.purchase_order_id
        self.assertEqual(order.partner_id.name, "Tour Supplier B")
        self.assertEqual(order.amount_untaxed, 950.0)
