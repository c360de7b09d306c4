# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import models

from odoo.addons.affairs_property.models.affairs_lease import PERIOD_MONTHS

# 收入分类科目 103070601 行政单位国有资产出租、出借收入 (affairs_budget data).
INCOME_CODE = "103070601"


class AffairsLease(models.Model):
    _inherit = "affairs.lease"

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook), income side: the rent the
        # approved terms expect in each year, on the agency's income line;
        # the lease's posted customer invoices turn it into actual income.
        return [
            {
                "record": lease,
                "agency": lease.agency_id,
                "classification": INCOME_CODE,
                "date": first_due,
                "amount": amount,
                "moves": lease.line_ids.invoice_id,
            }
            for lease in self.filtered(lambda lease: lease.lease_kind == "lease")
            for first_due, amount in lease._affairs_expected_rent_by_year()
        ]

    def _affairs_expected_rent_by_year(self):
        """[(first due date, rent due)] per year, as ``action_start`` will
        schedule the instalments (the schedule does not exist at approval)."""
        self.ensure_one()
        step = relativedelta(months=PERIOD_MONTHS[self.period])
        by_year = {}
        due, index = self.date_start, 0
        while due <= self.date_end:
            first, amount = by_year.get(due.year, (due, 0.0))
            by_year[due.year] = (first, amount + self.rent)
            index += 1
            due = self.date_start + step * index
        return list(by_year.values())

    def action_close(self):
        res = super().action_close()
        # Closing drops the instalments not invoiced: they will not be
        # collected, so the income still expected is released.
        self._affairs_budget_release()
        return res
