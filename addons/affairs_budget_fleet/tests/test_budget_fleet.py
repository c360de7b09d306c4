# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.affairs_fleet.tests.common import AffairsFleetCommon
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


@tagged("at_install")
class TestBudgetFleet(AffairsFleetCommon):
    """Fuel of agency A's car against its 30231 line of 1,000 this year."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ensure_chart_of_accounts(cls.env)
        cls.dispatcher.group_ids += cls.env.ref("account.group_account_invoice")
        budget = (
            cls.env["affairs.budget"]
            .with_user(cls.dispatcher)
            .create(
                {
                    "agency_id": cls.agency_a.id,
                    "year": date.today().year,
                    "line_ids": [
                        Command.create(
                            {
                                "fund_id": cls.env.ref(
                                    "affairs_budget.fund_vehicle"
                                ).id,
                                "classification_id": cls.env.ref(
                                    "affairs_budget.classification_30231"
                                ).id,
                                "initial_amount": 1000,
                            }
                        )
                    ],
                }
            )
        )
        budget.with_user(cls.dispatcher).action_submit()
        budget.with_user(cls.manager).action_approve()
        cls.line = budget.line_ids

    def _fuel(self, amount):
        return self.env["fleet.vehicle.log.services"].create(
            {
                "vehicle_id": self.vehicle.id,
                "service_type_id": self.env.ref("affairs_fleet.service_type_fuel").id,
                "vendor_id": self.vendor_fuel.id,
                "amount": amount,
                "date": date.today(),
                "state": "done",
            }
        )

    def test_billed_committed_posted_actual_refused_excepted(self):
        """320 billed: committed 320; its bill posted: actual 320, committed
        0; 800 more is refused (680 available) until a manager records the
        exception."""
        first = self._fuel(320)
        first.with_user(self.dispatcher).action_affairs_create_bill()
        self.assertEqual(self.line.committed_amount, 320)
        self.assertEqual(self.line.available_amount, 680)
        first.affairs_move_id.action_post()
        self.line.invalidate_recordset()
        self.assertEqual(self.line.committed_amount, 0)
        self.assertEqual(self.line.actual_amount, 320)
        second = self._fuel(800)
        with self.assertRaisesRegex(UserError, "Over budget"), self.cr.savepoint():
            second.with_user(self.dispatcher).action_affairs_create_bill()
        self.env.invalidate_all()
        self.assertFalse(second.affairs_move_id)
        self.assertEqual(self.line.committed_amount, 0)
        second.with_user(self.manager).action_affairs_grant_exception(
            "budget_overrun", "Winter fuel"
        )
        second.with_user(self.dispatcher).action_affairs_create_bill()
        self.assertEqual(self.line.committed_amount, 800)
        self.assertEqual(self.line.available_amount, -120)
