# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from odoo.exceptions import UserError

from odoo.addons.affairs_budget.tests.common import BudgetCommon


class TestBudgetProcurement(BudgetCommon):
    """Agency B's plan against its 31002 (200,000) and 30227 (50,000) lines."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_equipment = cls.env.ref("affairs_budget.classification_31002")
        cls.cls_services = cls.env.ref("affairs_budget.classification_30227")
        budget = cls._approved_budget(
            cls.agency_b, cls.year, {cls.cls_equipment: 200000, cls.cls_services: 50000}
        )
        cls.line_equipment = budget.line_ids.filtered(
            lambda line: line.classification_id == cls.cls_equipment
        )
        cls.line_services = budget.line_ids - cls.line_equipment

    def _plan(self, items):
        return self.env["affairs.procurement.plan"].create(
            {
                "agency_id": self.agency_b.id,
                "year": self.year,
                "line_ids": [
                    Command.create(
                        {
                            "name": name,
                            "kind": kind,
                            "budget_amount": amount,
                            "expected_month": "9",
                        }
                    )
                    for name, kind, amount in items
                ],
            }
        )

    def test_items_commit_and_overrun_needs_exception(self):
        """Computers 120,000 (31002) fit; cleaning 60,000 (30227) does not
        (50,000): refused, then the manager's exception on the plan lets it
        through: committed 120,000 / 60,000, available 80,000 / -10,000;
        cancelling the plan releases both."""
        plan = self._plan(
            [("Computers", "goods", 120000), ("Cleaning", "services", 60000)]
        )
        computers, cleaning = plan.line_ids
        self.assertEqual(computers.affairs_budget_classification_id, self.cls_equipment)
        self.assertEqual(cleaning.affairs_budget_classification_id, self.cls_services)
        plan.action_submit()
        with self.assertRaises(UserError) as error:
            plan.with_user(self.manager).action_approve()
        self.assertIn("Over budget", str(error.exception))
        self.assertEqual(self.line_equipment.committed_amount, 0)
        self._grant_budget_exception(
            plan,
            "Cleaning contract renewed at the tendered price",
            manager=self.manager_2,
        )
        plan.with_user(self.manager).action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertEqual(self.line_equipment.committed_amount, 120000)
        self.assertEqual(self.line_equipment.available_amount, 80000)
        self.assertEqual(self.line_services.committed_amount, 60000)
        self.assertEqual(self.line_services.available_amount, -10000)
        plan.action_cancel()
        self.assertEqual(self.line_equipment.committed_amount, 0)
        self.assertEqual(self.line_services.committed_amount, 0)

    def test_rejected_item_commits_nothing(self):
        """Cleaning 60,000 would overrun 30227 (50,000), but the manager rejects
        that item before approving the plan: only the computers are committed
        (120,000 on 31002), nothing on 30227, and no exception is needed."""
        plan = self._plan(
            [("Computers", "goods", 120000), ("Cleaning", "services", 60000)]
        )
        cleaning = plan.line_ids[1]
        plan.action_submit()
        cleaning.with_user(self.manager).decision_note = "Cleaning stays in-house"
        cleaning.with_user(self.manager).action_reject_item()
        plan.with_user(self.manager).action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertEqual(cleaning.state, "rejected")
        self.assertEqual(self.line_equipment.committed_amount, 120000)
        self.assertEqual(self.line_services.committed_amount, 0)

    def test_purchase_order_bill_consumes_the_item(self):
        """Computers 120,000 committed; the order of its project, 2 × 55,000,
        billed and posted: actual 110,000, still committed 10,000, available
        80,000."""
        plan = self._plan([("Computers", "goods", 120000)])
        plan.action_submit()
        plan.with_user(self.manager).action_approve()
        plan.line_ids.action_create_project()
        project = plan.line_ids.project_ids
        vendor = self.env["res.partner"].create({"name": "Computer Supplier"})
        order = self.env["purchase.order"].create(
            {
                "partner_id": vendor.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.env.ref(
                                "affairs_procurement.product_procurement_services"
                            ).id,
                            "name": "Desktop computers",
                            "product_qty": 2.0,
                            "price_unit": 55000.0,
                            **self.env["account.move"]._affairs_line_policy(
                                self.agency_b
                            ),
                        }
                    )
                ],
            }
        )
        project._affairs_transition_write({"purchase_order_id": order.id})
        order.button_confirm()
        order.action_create_invoice()
        bill = order.invoice_ids
        bill.invoice_date = date(self.year, 9, 20)
        bill.action_post()
        self.line_equipment.invalidate_recordset()
        self.assertEqual(
            bill.invoice_line_ids.affairs_budget_line_id, self.line_equipment
        )
        self.assertEqual(self.line_equipment.actual_amount, 110000)
        self.assertEqual(self.line_equipment.committed_amount, 10000)
        self.assertEqual(self.line_equipment.available_amount, 80000)
