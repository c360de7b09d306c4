# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class PurchaseOrderLine(models.Model):
    _inherit = "purchase.order.line"

    def _prepare_account_move_line(self, move=False):
        """Bill lines of an award follow the suite's line policy: the agency's
        analytic account, no tax added (affairs_base's billing helper)."""
        vals = super()._prepare_account_move_line(move=move)
        project = self.order_id.affairs_procurement_project_id
        if project and not self.display_type:
            vals.update(
                self.env["account.move"]._affairs_line_policy(project.agency_id)
            )
        return vals
