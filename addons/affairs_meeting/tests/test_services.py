# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import MeetingCommon


class TestServices(MeetingCommon):
    def test_order_prepare_and_cost_per_agency(self):
        tea = self.env.ref("affairs_meeting.service_item_tea")
        projector = self.env.ref("affairs_meeting.service_item_projector")
        booking = self._book(
            service_line_ids=[
                Command.create({"item_id": tea.id, "quantity": 10}),
                Command.create({"item_id": projector.id, "quantity": 1}),
            ]
        )
        booking.action_confirm()
        self.assertEqual(
            booking.service_amount, 10 * tea.unit_cost + projector.unit_cost
        )
        # A service ordered after the confirmation.
        booking.write(
            {"service_line_ids": [Command.create({"item_id": tea.id, "quantity": 2})]}
        )
        lines = booking.service_line_ids
        self.assertEqual(len(lines), 3)
        self.assertEqual(set(lines.mapped("agency_id")), {self.agency_a})
        self.assertEqual(set(lines.mapped("state")), {"ordered"})
        # The organiser does not mark services ready; the centre does.
        with self.assertRaises(AccessError):
            lines.action_ready()
        with self.assertRaises(UserError):
            lines.write({"state": "done"})
        staff_lines = lines.with_user(self.meeting_staff)
        staff_lines.action_ready()
        with self.assertRaises(UserError):
            lines[0].write({"quantity": 50})
        staff_lines.action_done()
        self.assertEqual(set(lines.mapped("state")), {"done"})
        with self.assertRaises(UserError):
            staff_lines.action_done()
        # Cost per agency, as the pivot reads it.
        other = self._book(
            user=self.user_b,
            start=self.day.replace(day=5),
            service_line_ids=[Command.create({"item_id": tea.id, "quantity": 4})],
        )
        groups = (
            self.env["affairs.meeting.service.line"]
            .with_user(self.meeting_staff)
            ._read_group(
                [("booking_id", "in", (booking | other).ids)],
                ["agency_id"],
                ["amount:sum"],
            )
        )
        totals = {agency: amount for agency, amount in groups}
        self.assertEqual(totals[self.agency_a], booking.service_amount)
        self.assertEqual(totals[self.agency_b], 4 * tea.unit_cost)

    def test_bad_quantities(self):
        tea = self.env.ref("affairs_meeting.service_item_tea")
        booking = self._book()
        Line = self.env["affairs.meeting.service.line"].with_user(self.user_a)
        with self.assertRaises(ValidationError):
            Line.create({"booking_id": booking.id, "item_id": tea.id, "quantity": -1})
        with self.assertRaises(ValidationError):
            self.env["affairs.meeting.service.item"].with_user(self.manager).create(
                {"name": "Bad", "unit_cost": -5}
            )

    def test_no_services_for_closed_booking(self):
        tea = self.env.ref("affairs_meeting.service_item_tea")
        booking = self._book()
        booking.action_cancel()
        with self.assertRaises(UserError):
            self.env["affairs.meeting.service.line"].with_user(self.user_a).create(
                {"booking_id": booking.id, "item_id": tea.id}
            )
