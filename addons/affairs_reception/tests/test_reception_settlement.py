# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

from .common import ReceptionFixtures
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


@tagged("at_install", "-post_install")
class TestReceptionSettlement(ReceptionFixtures, AccountTestInvoicingCommon):
    """Actual costs, vendor bills and the three-document rule (三单)."""

    @classmethod
    def collect_company_accounting_data(cls, company):
        ensure_chart_of_accounts(cls.env, company)
        return super().collect_company_accounting_data(company)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The accounting fixture runs as an accountant: let it also set up
        # agencies and employees (hr) and run receptions (affairs manager).
        cls.env.user.group_ids = [
            Command.link(cls.env.ref("hr.group_hr_manager").id),
            Command.link(cls.env.ref("affairs_base.group_affairs_manager").id),
        ]
        cls._setup_affairs_fixtures()
        cls.officer.group_ids = [
            Command.link(cls.env.ref("account.group_account_invoice").id)
        ]
        cls.officer.company_ids = [Command.link(cls.env.company.id)]

    def _run_visit(self, meal_cost=100, lodging_price=400):
        reception = self._create_reception(guests=2)
        meal = self._meal(
            reception, cost_per_person=meal_cost, restaurant_id=self.restaurant.id
        )
        lodging = self._lodging(reception, price_per_night=lodging_price)
        transport = self.env["affairs.reception.transport"].create(
            {
                "reception_id": reception.id,
                "date": self.day(0),
                "description": "Station - hotel",
                "vendor_id": self.bus_company.id,
                "amount_planned": 300,
            }
        )
        self._approve(reception)
        reception.with_user(self.officer).action_start()
        return reception, meal, lodging, transport

    def test_bills_per_vendor_with_agency_analytic(self):
        reception, meal, lodging, transport = self._run_visit()
        meal.actual_amount = 290
        lodging.actual_amount = 800
        transport.actual_amount = 300
        reception.with_user(self.officer).action_create_bills()
        bills = reception.bill_ids
        self.assertEqual(len(bills), 3)
        self.assertEqual(set(bills.mapped("move_type")), {"in_invoice"})
        self.assertEqual(
            bills.partner_id, self.restaurant | self.hotel | self.bus_company
        )
        self.assertEqual(sum(bills.mapped("amount_total")), 1390)
        analytic = str(self.agency_a.affairs_analytic_account_id.id)
        for line in bills.invoice_line_ids:
            self.assertEqual(line.analytic_distribution, {analytic: 100})
        self.assertEqual(meal.bill_id.partner_id, self.restaurant)
        with self.assertRaisesRegex(UserError, "no actual cost left"):
            reception.with_user(self.officer).action_create_bills()

    def test_three_documents_required(self):
        reception, meal, lodging, transport = self._run_visit()
        meal.actual_amount = 290
        reception.with_user(self.officer).action_done()
        with self.assertRaisesRegex(UserError, "reception list"):
            reception.with_user(self.officer).action_settle()
        reception.with_user(self.officer).action_generate_list()
        self.assertTrue(reception.has_list)
        self.assertEqual(reception.list_attachment_id.mimetype, "application/pdf")
        with self.assertRaisesRegex(UserError, "invoices"):
            reception.with_user(self.officer).action_settle()
        reception.with_user(self.officer).action_create_bills()
        reception.letter_file = False
        with self.assertRaisesRegex(UserError, "official letter"):
            reception.with_user(self.officer).action_settle()
        reception.letter_file = b"JVBERi0xLjQ="
        reception.with_user(self.officer).action_settle()
        self.assertEqual(reception.state, "settled")

    def test_settle_needs_approval_record(self):
        reception, meal, lodging, transport = self._run_visit()
        reception.with_user(self.officer).action_done()
        reception.with_user(self.officer).action_generate_list()
        reception.sudo().approved_by_id = False  # as if the record were damaged
        with self.assertRaisesRegex(UserError, "approval"):
            reception.with_user(self.officer).action_settle()

    def test_actual_over_plan(self):
        """Actual costs equal to the approved total settle without exception."""
        reception, meal, lodging, transport = self._run_visit()
        self.assertEqual(reception.approved_amount, 300 + 800 + 300)
        meal.actual_amount = 300
        lodging.actual_amount = 800
        transport.actual_amount = 300
        reception.with_user(self.officer).action_create_bills()
        reception.with_user(self.officer).action_done()
        reception.with_user(self.officer).action_generate_list()
        reception.with_user(self.officer).action_settle()
        self.assertEqual(reception.state, "settled")

    def test_actual_over_plan_refused_then_excepted(self):
        reception, meal, lodging, transport = self._run_visit()
        lodging.actual_amount = 900
        meal.actual_amount = 300
        transport.actual_amount = 300.01
        reception.with_user(self.officer).action_create_bills()
        reception.with_user(self.officer).action_done()
        reception.with_user(self.officer).action_generate_list()
        with self.assertRaisesRegex(ValidationError, "exceeds the approved plan"):
            reception.with_user(self.officer).action_settle()
        self._grant(reception, "reception_cost_overrun", "Price of rooms rose")
        reception.with_user(self.officer).action_settle()
        self.assertEqual(reception.state, "settled")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "affairs_reception.action_report_reception_list", reception.ids
            )[0]
            .decode()
        )
        self.assertIn("Price of rooms rose", html)
