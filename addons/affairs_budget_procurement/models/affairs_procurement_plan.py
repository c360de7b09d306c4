# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsProcurementPlan(models.Model):
    _inherit = "affairs.procurement.plan"

    def _affairs_budget_commit(self):
        """The plan's approval commits each item on its own line, except the
        items rejected one by one during the approval."""
        res = super()._affairs_budget_commit()
        self.line_ids.filtered(
            lambda line: line.decision != "rejected"
        )._affairs_budget_commit()
        return res

    def _affairs_budget_release(self):
        res = super()._affairs_budget_release()
        self.line_ids._affairs_budget_release()
        return res
