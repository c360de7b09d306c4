# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain

RESOURCE_TYPES = [
    ("supply", "Supplies"),
    ("team", "Team"),
    ("equipment", "Equipment"),
]
# Plausible upper bound of a stock of one resource.
MAX_QUANTITY = 1000000


class AffairsEmergencyResource(models.Model):
    """Emergency supplies, teams and equipment kept at a location."""

    _name = "affairs.emergency.resource"
    _description = "Emergency Resource"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "resource_type, name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    resource_type = fields.Selection(
        RESOURCE_TYPES, string="Type", required=True, default="supply"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    location = fields.Char(required=True)
    quantity = fields.Float(default=1.0, tracking=True, digits=(16, 2))
    uom = fields.Char(
        string="Unit", default=lambda self: self._affairs_in_user_lang().env._("pcs")
    )
    custodian_id = fields.Many2one(
        "hr.employee", string="Custodian", check_company=True, tracking=True
    )
    date_expiry = fields.Date(string="Expiry Date", tracking=True)
    is_expired = fields.Boolean(
        compute="_compute_is_expired", search="_search_is_expired"
    )
    quantity_usable = fields.Float(
        string="Usable Quantity", compute="_compute_is_expired", digits=(16, 2)
    )
    check_interval_days = fields.Integer(string="Check Every (days)", default=90)
    date_last_check = fields.Date(string="Last Checked", tracking=True)
    date_next_check = fields.Date(
        string="Next Check", compute="_compute_date_next_check", store=True
    )
    is_check_due = fields.Boolean(
        string="Check Due",
        compute="_compute_is_check_due",
        search="_search_is_check_due",
    )
    note = fields.Text()
    plan_line_ids = fields.One2many(
        "affairs.emergency.plan.resource", "resource_id", "Plans"
    )

    @api.depends("quantity", "date_expiry")
    def _compute_is_expired(self):
        today = fields.Date.context_today(self)
        for resource in self:
            resource.is_expired = bool(
                resource.date_expiry and resource.date_expiry < today
            )
            resource.quantity_usable = 0.0 if resource.is_expired else resource.quantity

    def _search_is_expired(self, operator, value):
        if operator != "in":
            return NotImplemented
        expired = Domain("date_expiry", "<", fields.Date.context_today(self))
        return expired if True in value else ~expired

    @api.depends("date_last_check", "check_interval_days")
    def _compute_date_next_check(self):
        for resource in self:
            resource.date_next_check = (
                resource.date_last_check
                + relativedelta(days=resource.check_interval_days)
                if resource.date_last_check
                else False
            )

    @api.depends("date_next_check")
    def _compute_is_check_due(self):
        today = fields.Date.context_today(self)
        for resource in self:
            resource.is_check_due = not resource.date_next_check or (
                resource.date_next_check <= today
            )

    def _search_is_check_due(self, operator, value):
        if operator != "in":
            return NotImplemented
        due = Domain("date_next_check", "=", False) | Domain(
            "date_next_check", "<=", fields.Date.context_today(self)
        )
        return due if True in value else ~due

    @api.constrains("quantity", "check_interval_days")
    def _check_quantity(self):
        for resource in self:
            if not 0 <= resource.quantity <= MAX_QUANTITY:
                raise ValidationError(
                    self.env._(
                        "The quantity of %(name)s must be between 0 and %(max)s.",
                        name=resource.name,
                        max=MAX_QUANTITY,
                    )
                )
            if not 1 <= resource.check_interval_days <= 3650:
                raise ValidationError(
                    self.env._("The check interval must be between 1 and 3650 days.")
                )

    def action_mark_checked(self):
        """Record today's periodic check."""
        self = self._affairs_in_user_lang()
        self.write({"date_last_check": fields.Date.context_today(self)})
        return True
