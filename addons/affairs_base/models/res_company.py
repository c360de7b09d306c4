# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    affairs_standard_book_id = fields.Many2one(
        "affairs.standard.book",
        string="Standards Book",
        help="The local standards book of this compound; rules missing from it "
        "come from the books it overrides (national by default).",
    )

    def _affairs_working_calendar(self):
        """The working calendar whose days are the company's working days."""
        self.ensure_one()
        return self.resource_calendar_id

    def _affairs_add_working_days(self, start, days):
        """``start`` plus ``days`` of the company's working days (China's)."""
        return self._affairs_working_calendar().affairs_add_working_days(start, days)

    def _affairs_count_working_days(self, date_from, date_to):
        """Working days of the company from ``date_from`` to ``date_to``."""
        return self._affairs_working_calendar().affairs_count_working_days(
            date_from, date_to
        )
