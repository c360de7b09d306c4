# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsMeetingSettlementXlsx(models.AbstractModel):
    """The settlements as an Excel list (one row per agency and month)."""

    _name = "report.affairs_meeting.settlement_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Meeting and Printing Settlements (Excel)"

    def _affairs_ledger(self, objs):
        states = dict(
            self.env["affairs.meeting.settlement"]
            ._fields["state"]
            ._description_selection(self.env)
        )
        columns = [
            (self.env._("Month"), "date", 12),
            (self.env._("Agency"), "text", 30),
            (self.env._("Meetings"), "int", 10),
            (self.env._("Print Jobs"), "int", 10),
            (self.env._("Room Fees"), "money", 14),
            (self.env._("Meeting Services"), "money", 14),
            (self.env._("Printing"), "money", 14),
            (self.env._("Total"), "money", 14),
            (self.env._("Invoice"), "text", 18),
            (self.env._("Status"), "text", 12),
        ]
        rows = [
            (
                settlement.month,
                settlement.agency_id.name,
                settlement.booking_count,
                settlement.print_job_count,
                settlement.room_amount,
                settlement.service_amount,
                settlement.print_amount,
                settlement.amount_total,
                settlement.invoice_id.name or "",
                states[settlement.state],
            )
            for settlement in objs.sorted(lambda s: (s.month, s.agency_id.name or ""))
        ]
        return self.env._("Meeting and Printing Settlements"), columns, rows
