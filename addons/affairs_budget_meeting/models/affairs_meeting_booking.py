# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsMeetingBooking(models.Model):
    _inherit = "affairs.meeting.booking"

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook): the meeting budget (lodging,
        # meals, other) of a meeting held under the meeting-fee rules, on the
        # 30215 会议费 line of the booking's agency for the meeting's year.
        # Plain room bookings carry no money and declare nothing.
        return [
            {
                "record": booking,
                "agency": booking.agency_id,
                "classification": "30215",
                "date": booking.date_start.date(),
                "amount": booking.budget_total,
            }
            for booking in self
            if booking.fee_category and booking.budget_total > 0
        ]

    def action_confirm(self):
        """A room without approval is confirmed by its organiser: the
        confirmation is the meeting's approval, so it commits the budget."""
        res = super().action_confirm()
        self._affairs_budget_commit()
        return res

    @api.model
    def _cron_release_no_shows(self):
        """A meeting nobody came to frees its budget with its room."""
        # Those super() may release: approved and already started.
        approved = self.search(
            [("state", "=", "approved"), ("date_start", "<=", fields.Datetime.now())]
        )
        res = super()._cron_release_no_shows()
        approved.filtered(lambda b: b.state == "released")._affairs_budget_release()
        return res
