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

    @api.model_create_multi
    def create(self, vals_list):
        """Created in the acting user's language when the call carries none
        (an award over RPC, a call-off from a blanket order, demo data): core
        writes its origin message ("This purchase order has been created
        from: BO00001") in that language, Chinese for the suite's users."""
        orders = super(PurchaseOrder, self._affairs_in_user_lang()).create(vals_list)
        return orders.with_env(self.env)

    @api.model
    def _affairs_prepare_award_vals(self, project):
        """Values of the order of ``project``'s award, on the agency's account."""
        project.ensure_one()
        # The suite's line policy: the agency's analytic account, no tax.
        policy = self.env["account.move"]._affairs_line_policy(project.agency_id)
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
                        **policy,
                    }
                )
            ],
        }

    def _prepare_invoice(self):
        """The vendor bill of an award goes to the suite's purchase journal."""
        vals = super()._prepare_invoice()
        if self.affairs_procurement_project_id:
            vals["journal_id"] = (
                self.env["account.move"]
                ._affairs_journal("in_invoice", self.company_id)
                .id
            )
        return vals

    @api.model
    def _affairs_create_from_award(self, project):
        """The purchase order of ``project``'s award."""
        return self.create(self._affairs_prepare_award_vals(project))
