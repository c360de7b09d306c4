# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

# 支出经济分类 of a project type: 31001 房屋建筑物购建 for what is built,
# 31006 大型修缮 for what is renovated or fitted out.
CLASSIFICATION_OF_TYPE = {
    "new_build": "31001",
    "extension": "31001",
    "infrastructure": "31001",
    "major_renovation": "31006",
    "fit_out": "31006",
}


class AffairsConstructionPayment(models.Model):
    _inherit = "affairs.construction.payment"

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook): the construction fund line of the
        # contract's agency, settled by the payment's vendor bill.
        return [
            {
                "record": payment,
                "agency": payment.agency_id,
                "classification": CLASSIFICATION_OF_TYPE.get(
                    payment.project_id.project_type, "31006"
                ),
                "date": payment.request_date,
                "amount": payment.amount,
                "moves": payment.bill_id,
            }
            for payment in self
        ]

    def _prepare_bill_vals(self):
        """The bill is on the project's analytic account: add the agency's
        (another plan), so that its budget sees the spending."""
        values = super()._prepare_bill_vals()
        agency_account = self.agency_id.affairs_analytic_account_id
        if not agency_account:
            return values
        for command in values.get("invoice_line_ids", []):
            line = command[2]
            distribution = line.get("analytic_distribution") or {}
            line["analytic_distribution"] = {
                ",".join(filter(None, [key, str(agency_account.id)])): share
                for key, share in (distribution or {"": 100}).items()
            }
        return values
