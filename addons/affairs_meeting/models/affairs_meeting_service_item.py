# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Plausible upper bound of a unit cost (CNY).
MAX_UNIT_COST = 1_000_000


class AffairsMeetingServiceItem(models.Model):
    """A service the meeting centre provides with a booking (会议服务项目)."""

    _name = "affairs.meeting.service.item"
    _description = "Meeting Service Item"
    _order = "category, sequence, name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    category = fields.Selection(
        [
            ("tea", "Tea and Water"),
            ("av", "Sound and Projection"),
            ("signage", "Name Cards and Banners"),
            ("video", "Photo and Video"),
            ("catering", "Meals"),
        ],
        required=True,
        default="tea",
    )
    provider_id = fields.Many2one(
        "res.partner", string="Provider", check_company=True, index=True
    )
    uom_label = fields.Char(string="Unit", translate=True, default="per person")
    unit_cost = fields.Monetary(required=True, default=0.0)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    @api.constrains("unit_cost")
    def _check_unit_cost(self):
        for item in self:
            if not 0 <= item.unit_cost <= MAX_UNIT_COST:
                raise ValidationError(
                    self.env._(
                        "The unit cost of %(item)s must be between 0 and %(max)s.",
                        item=item.name,
                        max=MAX_UNIT_COST,
                    )
                )
