# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class PurchaseOrder(models.Model):
    _inherit = "purchase.order"

    affairs_procurement_project_id = fields.Many2one(
        "affairs.procurement.project",
        string="Procurement Project",
        index="btree_not_null",
        copy=False,
        readonly=True,
    )
    affairs_agency_id = fields.Many2one(
        related="affairs_procurement_project_id.agency_id",
        store=True,
        string="Agency",
    )

    @api.model
    def _affairs_prepare_award_vals(self, project):
        """Values of the order of ``project``'s award, on the agency's account."""
        project.ensure_one()
        distribution = project.agency_id._affairs_analytic_distribution() or False
        return {
            "partner_id": project.winning_bid_id.partner_id.id,
            "origin": project.name,
            "company_id": project.company_id.id,
            "affairs_procurement_project_id": project.id,
            "order_line": [
                fields.Command.create(
                    {
                        "product_id": project._get_product().id,
                        "name": project.title,
                        "product_qty": 1.0,
                        "price_unit": project.winning_bid_id.price,
                        "analytic_distribution": distribution,
                        "tax_ids": [fields.Command.clear()],
                    }
                )
            ],
        }

    @api.model
    def _affairs_create_from_award(self, project):
        """The purchase order of ``project``'s award."""
        return self.create(self._affairs_prepare_award_vals(project))
