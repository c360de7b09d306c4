# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain


class AffairsDesignatedSupplier(models.Model):
    """A supplier designated for a service (定点供应商), for other addons.

    Other addons (fleet maintenance, fuel, hotels) ask
    ``_get_suppliers(service_type, date)`` for the suppliers in force.
    """

    _name = "affairs.designated.supplier"
    _description = "Designated Supplier"
    _order = "service_type, date_from desc"
    _check_company_auto = True

    service_type = fields.Selection(
        [
            ("vehicle_maintenance", "Vehicle maintenance (公务车辆维修)"),
            ("fuel", "Fuel (公务车辆加油)"),
            ("vehicle_insurance", "Vehicle insurance (公务车辆保险)"),
            ("hotel", "Hotel and meeting venue (会议定点饭店)"),
            ("printing", "Printing (印刷)"),
            ("property", "Property management (物业管理)"),
            ("other", "Other"),
        ],
        required=True,
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Supplier",
        required=True,
        index=True,
        check_company=True,
    )
    date_from = fields.Date(required=True, default=fields.Date.context_today)
    date_to = fields.Date()
    project_id = fields.Many2one(
        "affairs.procurement.project", index=True, check_company=True
    )
    note = fields.Char()
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    active = fields.Boolean(default=True)

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for supplier in self:
            if supplier.date_to and supplier.date_to < supplier.date_from:
                raise ValidationError(
                    self.env._("The designation ends before it starts.")
                )

    @api.model
    def _get_suppliers(self, service_type, date=None, company=None):
        """Partners designated for ``service_type`` on ``date``."""
        date = date or fields.Date.context_today(self)
        company = company or self.env.company
        domain = (
            Domain("service_type", "=", service_type)
            & Domain("company_id", "=", company.id)
            & Domain("date_from", "<=", date)
            & (Domain("date_to", "=", False) | Domain("date_to", ">=", date))
        )
        return self.search(domain).partner_id

    @api.model
    def _affairs_publish_award(self, project):
        """The signed contract of ``project`` designates its supplier."""
        # sudo: the signed contract publishes the designated supplier; the
        # list itself is the managers' (executors only read it).
        return self.sudo().create(
            {
                "service_type": project.designated_service_type,
                "partner_id": project.winning_bid_id.partner_id.id,
                "project_id": project.id,
                "date_from": project.date_contract,
                "company_id": project.company_id.id,
            }
        )
