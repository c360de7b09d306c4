# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsReceptionXlsx(models.AbstractModel):
    """Reception statistics per host agency and month (Excel)."""

    _name = "report.affairs_reception.reception_statistics_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Reception Statistics (Excel)"

    def _affairs_ledger(self, objs):
        columns = [
            (self.env._("Host Agency"), "text", 28),
            (self.env._("Month"), "text", 10),
            (self.env._("Receptions"), "int", 12),
            (self.env._("Guests"), "int", 10),
            (self.env._("Actual Cost"), "money", 14),
            (self.env._("Cost per Guest"), "money", 14),
        ]
        data = self.env["affairs.reception"]._read_group(
            [("id", "in", objs.ids)],
            ["host_agency_id", "date_arrival:month"],
            ["__count", "guest_count:sum", "amount_actual:sum"],
            order="host_agency_id, date_arrival:month",
        )
        rows = [
            (
                agency.display_name,
                month.strftime("%Y-%m") if month else "",
                count,
                guests,
                cost,
                cost / guests if guests else 0.0,
            )
            for agency, month, count, guests, cost in data
        ]
        return self.env._("Reception Statistics"), columns, rows
