# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsLeaseLine(models.Model):
    _inherit = "affairs.lease.line"

    def _affairs_invoice_due(self, date):
        moves = super()._affairs_invoice_due(date)
        # The invoices are posted before the instalments point to them:
        # match them now to the income the lease committed.
        moves._affairs_budget_on_post()
        return moves
