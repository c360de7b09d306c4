# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsEnergySite(models.Model):
    """A building or site (用能场所) where meters hang."""

    _name = "affairs.energy.site"
    _description = "Energy Site"
    _order = "agency_id, name"
    _check_company_auto = True

    name = fields.Char(required=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        check_company=True,
        domain="[('is_affairs_agency', '=', True)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    address = fields.Char()
    floor_area = fields.Float(string="Floor Area (m²)", digits=(16, 2))
    meter_ids = fields.One2many("affairs.energy.meter", "site_id", string="Meters")
    meter_count = fields.Integer(compute="_compute_meter_count")
    active = fields.Boolean(default=True)

    def _compute_meter_count(self):
        data = self.env["affairs.energy.meter"]._read_group(
            [("site_id", "in", self.ids)], ["site_id"], ["__count"]
        )
        counts = {site.id: count for site, count in data}
        for site in self:
            site.meter_count = counts.get(site.id, 0)

    @api.constrains("floor_area")
    def _check_floor_area(self):
        for site in self:
            if not 0 <= site.floor_area <= 10_000_000:
                raise ValidationError(
                    self.env._(
                        "The floor area of %(name)s must be between 0 and "
                        "10,000,000 m².",
                        name=site.name,
                    )
                )
