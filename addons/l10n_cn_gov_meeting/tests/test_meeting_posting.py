# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo import Command, fields

from odoo.addons.affairs_meeting.tests.common import MeetingCommon
from odoo.addons.l10n_cn_gov.tests.common import GovBureauCompany


class TestGovMeetingPosting(GovBureauCompany, MeetingCommon):
    """The monthly settlement of a bureau keeping the government chart."""

    gov_bureau_name = "市机关事务管理局（会议测试）"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.room.with_user(cls.manager).hourly_fee = 100
        today = fields.Date.today()
        cls.month = today.replace(day=1)
        # The shipped service items are the main company's: the bureau has its own.
        cls.tea = cls.env.ref("affairs_meeting.service_item_tea").copy(
            {"company_id": cls.company.id}
        )

    def _invoice_the_month(self):
        """Room 2 h × 100 = 200 and tea 10 × 5 = 50 for agency A, invoiced."""
        booking = self._book(
            start=datetime(self.month.year, self.month.month, 1, 9, 0),
            service_line_ids=[Command.create({"item_id": self.tea.id, "quantity": 10})],
        )
        booking.action_confirm()
        settlement = (
            self.env["affairs.meeting.settlement"]
            .with_user(self.meeting_staff)
            .action_settle_month(self.month)
        )
        self.assertEqual(settlement.company_id, self.company)
        self.assertEqual(settlement.amount_total, 250.0)
        settlement.with_user(self.manager).action_invoice()
        invoice = settlement.invoice_id
        self.assertEqual(invoice.state, "posted")
        self.assertEqual(invoice.currency_id.name, "CNY")
        analytic = str(self.agency_a.affairs_analytic_account_id.id)
        self.assertEqual(
            invoice.invoice_line_ids.mapped("analytic_distribution"),
            [{analytic: 100}, {analytic: 100}],
        )
        return invoice

    @staticmethod
    def _balances(move):
        totals = {}
        for line in move.line_ids:
            code = line.account_id.code
            totals[code] = totals.get(code, 0.0) + line.balance
        return totals

    def test_administrative_unit_remits_the_charges(self):
        """Dr 1212 250 / Cr 2103 250, no budget revenue."""
        self.assertEqual(self.company.l10n_cn_gov_unit_type, "administrative")
        invoice = self._invoice_the_month()
        self.assertEqual(self._balances(invoice), {"1212": 250.0, "2103": -250.0})
        self.assertFalse(invoice.l10n_cn_gov_budget_move_ids)

    def test_public_institution_earns_service_revenue(self):
        """Dr 1212 250 / Cr 4101 250, budget Dr 8001 250 / Cr 6101 250."""
        self.company.l10n_cn_gov_unit_type = "public_institution"
        invoice = self._invoice_the_month()
        self.assertEqual(self._balances(invoice), {"1212": 250.0, "4101": -250.0})
        budget = invoice.l10n_cn_gov_budget_move_ids
        self.assertEqual(budget.state, "posted")
        self.assertEqual(self._balances(budget), {"8001": 250.0, "6101": -250.0})
