# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsServiceCategory(models.Model):
    """A kind of service the bureau commits to (承诺服务), with its promised time."""

    _name = "affairs.service.category"
    _description = "Service Category"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    promised_hours = fields.Float(
        string="Promised Time (working hours)",
        required=True,
        default=8.0,
        help="Working hours, on the company's working calendar, between filing "
        "and completion.",
    )
    requires_approval = fields.Boolean(
        help="Requests of this category are approved before a handler accepts them."
    )
    cost_cap = fields.Monetary(
        string="Cost Cap per Request",
        currency_field="currency_id",
        help="Estimated cost above which a request needs a manager's exception; "
        "0 means no cap.",
    )
    currency_id = fields.Many2one(
        "res.currency", default=lambda self: self.env.company.currency_id
    )
    handler_ids = fields.Many2many(
        "res.users",
        string="Handlers",
        help="Bureau staff notified of new requests of this category.",
    )
    description = fields.Html(translate=True)
    company_id = fields.Many2one("res.company")
    active = fields.Boolean(default=True)
    request_count = fields.Integer(compute="_compute_request_count")

    @api.constrains("promised_hours", "cost_cap")
    def _check_promised_hours(self):
        if any(category.promised_hours <= 0 for category in self):
            raise ValidationError(self.env._("The promised time must be positive."))
        if any(category.cost_cap < 0 for category in self):
            raise ValidationError(self.env._("The cost cap cannot be negative."))

    def _compute_request_count(self):
        data = self.env["affairs.service.request"]._read_group(
            [("category_id", "in", self.ids)], ["category_id"], ["__count"]
        )
        counts = {category.id: count for category, count in data}
        for category in self:
            category.request_count = counts.get(category.id, 0)
