# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import ProcurementCommon
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


class TestVendorBill(ProcurementCommon):
    """The signed award is billed by its supplier on the agency's analytic
    account, in the suite's purchase journal, at the awarded price."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ensure_chart_of_accounts(cls.env)
        cls.journal = cls.env["account.move"]._affairs_journal(
            "in_invoice", cls.env.company
        )

    def _signed_order(self, **values):
        project = self._bidding_project(self._three_bids(), **values)
        project = project.with_user(self.executor)
        project.action_evaluate()
        project.action_award()
        project.action_sign_contract()
        return project, project.purchase_order_id

    def _bill(self, order):
        action = order.action_create_invoice()
        return self.env["account.move"].browse(action["res_id"])

    def test_services_bill_on_agency_account(self):
        project, order = self._signed_order(
            kind="services", method="competitive_negotiation", title="Cleaning"
        )
        self.assertEqual(order.state, "purchase")
        bill = self._bill(order)
        self.assertEqual(bill.move_type, "in_invoice")
        self.assertEqual(bill.partner_id, project.winning_bid_id.partner_id)
        self.assertEqual(bill.journal_id, self.journal)
        self.assertEqual(bill.invoice_origin, order.name)
        self.assertEqual(bill.amount_untaxed, project.award_amount)
        self.assertEqual(bill.amount_total, project.award_amount, "no tax added")
        line = bill.invoice_line_ids
        self.assertEqual(len(line), 1)
        self.assertEqual(line.purchase_line_id, order.order_line)
        self.assertEqual(
            line.analytic_distribution,
            {str(self.agency.affairs_analytic_account_id.id): 100},
        )
        self.assertEqual(order.invoice_ids, bill)
        # Billed in full: nothing is left to bill.
        self.assertEqual(order.order_line.qty_to_invoice, 0.0)
        self.assertEqual(order.invoice_status, "invoiced")

    def test_goods_billed_once_received(self):
        """Goods are billed on what was received, not on the order."""
        project, order = self._signed_order()
        self.assertEqual(order.order_line.product_id.purchase_method, "receive")
        self.assertEqual(order.order_line.qty_to_invoice, 0.0)
        self.assertEqual(order.invoice_status, "no")
        order.order_line.qty_received = 1.0
        self.assertEqual(order.invoice_status, "to invoice")
        bill = self._bill(order)
        self.assertEqual(bill.amount_total, 100000.0)
        self.assertEqual(
            bill.invoice_line_ids.analytic_distribution,
            {str(self.agency.affairs_analytic_account_id.id): 100},
        )
