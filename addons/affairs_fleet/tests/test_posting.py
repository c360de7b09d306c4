# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from .common import AffairsFleetCommon
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


class TestFleetBillPosting(AffairsFleetCommon):
    """Fuel, repair and toll bills of the vehicles post to the purchase
    journal's expense account and the payable of the vendor, with the
    agency's analytic account on every expense (generic chart)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ensure_chart_of_accounts(cls.env)
        cls.env["affairs.designated.vendor"].create(
            {
                "partner_id": cls.vendor_other.id,
                "service_type": "maintenance",
                "date_start": date.today() - timedelta(days=30),
                "date_end": date.today() + timedelta(days=30),
            }
        )
        cls.dispatcher.group_ids += cls.env.ref("account.group_account_invoice")

    def _post_bill(self, vendor, xmlid, amount, vehicle=None):
        service = self.env["fleet.vehicle.log.services"].create(
            {
                "vehicle_id": (vehicle or self.vehicle).id,
                "service_type_id": self.env.ref(xmlid).id,
                "vendor_id": vendor.id,
                "amount": amount,
                "date": date.today(),
                "state": "done",
            }
        )
        service.with_user(self.dispatcher).action_affairs_create_bill()
        bill = service.affairs_move_id
        bill.action_post()
        return bill

    def test_each_cost_posts_expense_payable_and_agency_analytic(self):
        analytic = self.agency_b.affairs_analytic_account_id
        self.assertTrue(analytic)
        for vendor, xmlid, amount in (
            (self.vendor_fuel, "affairs_fleet.service_type_fuel", 320.0),
            (self.vendor_other, "affairs_fleet.service_type_maintenance", 1800.0),
            (self.vendor_other, "affairs_fleet.service_type_toll", 45.0),
        ):
            with self.subTest(cost=xmlid):
                bill = self._post_bill(vendor, xmlid, amount, self.vehicle_b)
                self.assertEqual(bill.state, "posted")
                self.assertEqual(bill.journal_id.type, "purchase")
                expense = bill.line_ids.filtered(lambda l: l.display_type == "product")
                payable = bill.line_ids.filtered(
                    lambda l: l.display_type == "payment_term"
                )
                self.assertFalse(bill.line_ids.filtered(lambda l: l.tax_line_id))
                self.assertEqual(expense.account_id, bill.journal_id.default_account_id)
                self.assertEqual(expense.account_id.account_type, "expense")
                self.assertEqual(expense.debit, amount)
                self.assertEqual(expense.vehicle_id, self.vehicle_b)
                self.assertEqual(payable.account_id, vendor.property_account_payable_id)
                self.assertEqual(payable.credit, amount)
                analytic_line = expense.analytic_line_ids
                self.assertEqual(len(analytic_line), 1)
                self.assertEqual(
                    analytic_line[analytic.plan_id._column_name()], analytic
                )
                self.assertEqual(analytic_line.amount, -amount)
