# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class AffairsDesignatedSupplier(models.Model):
    """Keeps the reception's designated hotels (定点饭店) in step with procurement.

    A hotel designated by procurement and in force is a designated reception
    hotel; when its last designation ends, it no longer is. Hotels flagged by
    hand, without any procurement designation, are left as they are.
    """

    _inherit = "affairs.designated.supplier"

    @api.model_create_multi
    def create(self, vals_list):
        suppliers = super().create(vals_list)
        suppliers._sync_designated_hotels()
        return suppliers

    def write(self, vals):
        res = super().write(vals)
        self._sync_designated_hotels()
        return res

    def unlink(self):
        partners = self.filtered(lambda s: s.service_type == "hotel").partner_id
        res = super().unlink()
        self._sync_designated_hotels(partners)
        return res

    def _sync_designated_hotels(self, partners=None):
        partners = (
            partners
            if partners is not None
            else self.with_context(active_test=False)
            .filtered(lambda supplier: supplier.service_type == "hotel")
            .partner_id
        )
        if not partners:
            return
        # sudo: procurement publishes designations the reception desk applies,
        # without write access to partners for each procurement user.
        in_force = self.sudo()._get_suppliers("hotel")
        partners = partners.sudo()
        (partners & in_force).filtered(
            lambda p: not p.is_designated_hotel
        ).is_designated_hotel = True
        (partners - in_force).filtered(
            "is_designated_hotel"
        ).is_designated_hotel = False

    @api.model
    def _cron_sync_designated_hotels(self):
        """Daily: designations start and end with the calendar."""
        hotels = self.with_context(active_test=False).search(
            [("service_type", "=", "hotel")]
        )
        hotels._sync_designated_hotels()
