# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

SERVICE_TYPES = [
    ("maintenance", "Designated Maintenance (定点维修)"),
    ("fuel", "Designated Refuelling (定点加油)"),
    ("insurance", "Designated Insurance (定点保险)"),
]


class AffairsDesignatedVendor(models.Model):
    """A provider designated by centralised procurement for one service."""

    _name = "affairs.designated.vendor"
    _inherit = ["mail.thread"]
    _description = "Designated Vehicle Service Provider"
    _order = "service_type, partner_id"
    _check_company_auto = True

    partner_id = fields.Many2one(
        "res.partner",
        string="Vendor",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
    )
    service_type = fields.Selection(SERVICE_TYPES, required=True, tracking=True)
    contract_ref = fields.Char(string="Contract Reference")
    date_start = fields.Date(string="Valid From", required=True, tracking=True)
    date_end = fields.Date(string="Valid Until", required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    is_valid = fields.Boolean(string="In Force", compute="_compute_is_valid")

    @api.depends("date_start", "date_end")
    def _compute_is_valid(self):
        today = fields.Date.context_today(self)
        for vendor in self:
            vendor.is_valid = vendor.date_start <= today <= vendor.date_end

    @api.depends("partner_id", "service_type")
    def _compute_display_name(self):
        labels = dict(self._fields["service_type"]._description_selection(self.env))
        for vendor in self:
            vendor.display_name = "%s (%s)" % (
                vendor.partner_id.name or "",
                labels.get(vendor.service_type, ""),
            )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for vendor in self:
            if vendor.date_end < vendor.date_start:
                raise ValidationError(
                    self.env._(
                        "The contract of %s ends before it starts.", vendor.display_name
                    )
                )

    @api.model
    def _affairs_designated_keys(self, partners, dates, company=None):
        """Set of (partner_id, service_type, date) that are designated."""
        # sudo: designations are reference data every logging user applies.
        vendors = self.sudo().search(
            [
                ("partner_id", "in", partners.commercial_partner_id.ids + partners.ids),
                ("company_id", "in", (company or self.env.company).ids),
            ]
        )
        keys = set()
        for partner in partners:
            for date in dates:
                for vendor in vendors:
                    if vendor.partner_id in (
                        partner,
                        partner.commercial_partner_id,
                    ) and (vendor.date_start <= date <= vendor.date_end):
                        keys.add((partner.id, vendor.service_type, date))
        return keys
