# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

# Procurement service type -> fleet designated service type.
FLEET_SERVICE_TYPES = {
    "vehicle_maintenance": "maintenance",
    "fuel": "fuel",
    "vehicle_insurance": "insurance",
}


class AffairsDesignatedSupplier(models.Model):
    """Publishes vehicle-service designations to the fleet's designated providers."""

    _inherit = "affairs.designated.supplier"

    fleet_vendor_ids = fields.One2many(
        "affairs.designated.vendor", "supplier_id", string="Fleet Providers"
    )

    @api.model_create_multi
    def create(self, vals_list):
        suppliers = super().create(vals_list)
        suppliers._sync_fleet_vendors()
        return suppliers

    def write(self, vals):
        res = super().write(vals)
        self._sync_fleet_vendors()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_fleet_vendors(self):
        # sudo: the fleet provider mirrors the designation and goes with it.
        self.sudo().fleet_vendor_ids.action_archive()

    def _sync_fleet_vendors(self):
        """Create or update the fleet provider of each vehicle-service designation."""
        # sudo: procurement staff publish designations the fleet office applies.
        Vendor = (
            self.env["affairs.designated.vendor"].sudo().with_context(active_test=False)
        )
        to_create = []
        for supplier in self:
            service_type = FLEET_SERVICE_TYPES.get(supplier.service_type)
            vendor = Vendor.search([("supplier_id", "=", supplier.id)], limit=1)
            if not service_type:
                vendor.action_archive()
                continue
            vals = supplier._prepare_fleet_vendor_vals(service_type)
            if vendor:
                vendor.write(vals)
            else:
                to_create.append(vals)
        Vendor.create(to_create)

    def _prepare_fleet_vendor_vals(self, service_type):
        self.ensure_one()
        # Fleet contracts always end: an open designation runs for one year.
        date_end = self.date_to or self.date_from + relativedelta(years=1, days=-1)
        return {
            "supplier_id": self.id,
            "partner_id": self.partner_id.id,
            "service_type": service_type,
            "contract_ref": self.project_id.name or self.note or False,
            "date_start": self.date_from,
            "date_end": date_end,
            "company_id": self.company_id.id,
            "active": self.active,
        }
