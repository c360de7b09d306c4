# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError

from .common import MeetingCommon
from odoo.addons.affairs_base.tests.common import ensure_chart_of_accounts


class TestSettlement(MeetingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ensure_chart_of_accounts(cls.env)
        cls.room.with_user(cls.manager).hourly_fee = 100
        today = fields.Date.today()
        cls.month = today.replace(day=1)
        cls.start = datetime(today.year, today.month, 1, 9, 0)

    def _month_costs(self):
        tea = self.env.ref("affairs_meeting.service_item_tea")
        held = self._book(
            start=self.start,
            service_line_ids=[Command.create({"item_id": tea.id, "quantity": 10})],
        )
        held.action_confirm()
        # A draft and a cancelled booking are not charged.
        self._book(start=self.start.replace(hour=14))
        cancelled = self._book(start=self.start.replace(hour=16))
        cancelled.action_confirm()
        cancelled.action_cancel()
        job = (
            self.env["affairs.print.job"]
            .with_user(self.user_a)
            .create(
                {
                    "title": "会议材料",
                    "requester_id": self.employee_a.id,
                    "pages": 20,
                    "copies": 10,
                    "deadline": fields.Datetime.now(),
                }
            )
        )
        staff_job = job.with_user(self.print_staff)
        staff_job.action_print()
        staff_job.action_ready()
        return held, job, tea

    def test_settle_and_invoice_the_agency(self):
        held, job, tea = self._month_costs()
        Settlement = self.env["affairs.meeting.settlement"]
        with self.assertRaises(AccessError):
            Settlement.with_user(self.user_a).action_settle_month(self.month)
        with self.assertRaises(UserError):
            Settlement.with_user(self.meeting_staff).create(
                {"agency_id": self.agency_a.id, "month": self.month}
            )
        settlements = Settlement.with_user(self.meeting_staff).action_settle_month(
            self.month
        )
        self.assertEqual(settlements.agency_id, self.agency_a)
        self.assertRecordValues(
            settlements,
            [
                {
                    "room_amount": 200.0,
                    "service_amount": 10 * tea.unit_cost,
                    "print_amount": job.amount,
                    "amount_total": 200.0 + 10 * tea.unit_cost + job.amount,
                    "booking_count": 1,
                    "print_job_count": 1,
                    "state": "draft",
                }
            ],
        )
        # Run again: the same settlement, recounted.
        self.assertEqual(
            Settlement.with_user(self.meeting_staff).action_settle_month(self.month),
            settlements,
        )
        # The agency reads its settlement, never edits the amounts.
        mine = settlements.with_user(self.user_a)
        self.assertEqual(mine.amount_total, settlements.amount_total)
        with self.assertRaises(UserError):
            mine.write({"room_amount": 0})
        with self.assertRaises(UserError):
            settlements.with_user(self.meeting_staff).write({"room_amount": 0})
        self.assertFalse(settlements.with_user(self.user_b).search([]))
        with self.assertRaises(AccessError):
            settlements.with_user(self.meeting_staff).action_invoice()
        settlements.with_user(self.manager).action_invoice()
        move = settlements.invoice_id
        self.assertEqual(settlements.state, "invoiced")
        self.assertEqual(move.move_type, "out_invoice")
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.partner_id, self.agency_a.affairs_partner_id)
        self.assertAlmostEqual(move.amount_total, settlements.amount_total)
        analytic = str(self.agency_a.affairs_analytic_account_id.id)
        for line in move.invoice_line_ids:
            self.assertEqual(line.analytic_distribution, {analytic: 100})
        with self.assertRaises(UserError):
            settlements.with_user(self.manager).action_invoice()

    def test_settlement_pdf_and_excel(self):
        self._month_costs()
        settlement = (
            self.env["affairs.meeting.settlement"]
            .with_user(self.meeting_staff)
            .action_settle_month(self.month)
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "affairs_meeting.action_report_meeting_settlement", settlement.ids
            )[0]
            .decode()
        )
        capital = self.env.company.currency_id.amount_to_cn_capital(
            settlement.amount_total
        )
        self.assertIn(capital, html)
        self.assertIn("会议材料", html)
        xlsx, kind = self.env["ir.actions.report"]._render(
            "affairs_meeting.action_report_meeting_settlement_xlsx", settlement.ids
        )
        self.assertEqual(kind, "xlsx")
        self.assertTrue(xlsx.startswith(b"PK"))
