# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class PurchaseRequisition(models.Model):
    _inherit = "purchase.requisition"

    @api.model
    def _affairs_prepare_award_vals(self, project):
        """Blanket order (框架协议) of ``project``'s framework award."""
        project.ensure_one()
        return {
            "vendor_id": project.winning_bid_id.partner_id.id,
            "requisition_type": "blanket_order",
            "reference": project.name,
            "company_id": project.company_id.id,
            "date_start": fields.Date.context_today(self),
            "line_ids": [
                fields.Command.create(
                    {
                        "product_id": project._get_product().id,
                        "product_qty": 1.0,
                        "price_unit": project.winning_bid_id.price,
                        "product_description_variants": project.title,
                    }
                )
            ],
        }

    @api.model
    def _affairs_create_from_award(self, project):
        """The blanket order of ``project``'s framework award."""
        return self.create(self._affairs_prepare_award_vals(project))
