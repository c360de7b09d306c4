# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import logging
from datetime import date

from odoo import api, fields, models

_logger = logging.getLogger(__name__)


class AffairsBudgetLine(models.Model):
    """Demo bills of the 三公 items, run by the demo data only."""

    _inherit = "affairs.budget.line"

    @api.model
    def _affairs_demo_bills(self, rows):
        """Post one vendor bill per row so that the demo's 三公 statement
        shows final figures for this year and last year.

        ``rows``: ``(agency id, classification code, years back, month, day,
        amount, vendor name, label)``; a date of this year later than today
        is brought back to today. Nothing is done without a purchase journal
        (no chart of accounts).
        """
        self = self._affairs_in_user_lang()
        company = self.env.company
        if not self.env["account.journal"].search_count(
            [("type", "=", "purchase"), ("company_id", "=", company.id)], limit=1
        ):
            _logger.info("No chart of accounts: the 三公 demo bills are not posted.")
            return self.env["account.move"]
        Move = self.env["account.move"]
        codes = {row[1] for row in rows}
        classifications = {
            classification.code: classification
            for classification in self.env["affairs.budget.classification"].search(
                [("code", "in", list(codes))]
            )
        }
        vendors = {}
        for name in {row[6] for row in rows}:
            vendors[name] = self.env["res.partner"].search(
                [("name", "=", name)], limit=1
            ) or self.env["res.partner"].create({"name": name, "is_company": True})
        today = fields.Date.context_today(self)
        vals_list = []
        for agency_id, code, back, month, day, amount, vendor, label in rows:
            agency = self.env["hr.department"].browse(agency_id)
            bill_date = min(date(today.year - back, month, day), today)
            line = Move._affairs_invoice_line_vals(
                label,
                amount,
                agency,
                affairs_budget_classification_id=classifications[code].id,
            )
            vals_list.append(
                Move._affairs_prepare_move_vals(
                    "in_invoice",
                    vendors[vendor],
                    company,
                    [line],
                    date=bill_date,
                    ref=label,
                )
            )
        moves = Move.create(vals_list)
        moves.action_post()
        return moves
