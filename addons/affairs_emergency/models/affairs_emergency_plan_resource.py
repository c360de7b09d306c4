# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_emergency_resource import MAX_QUANTITY


class AffairsEmergencyPlanResource(models.Model):
    """A resource a plan requires, in a quantity."""

    _name = "affairs.emergency.plan.resource"
    _description = "Emergency Plan Required Resource"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "plan_id"
    _order = "plan_id, id"
    _check_company_auto = True

    plan_id = fields.Many2one(
        "affairs.emergency.plan", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="plan_id.company_id", store=True)
    resource_id = fields.Many2one(
        "affairs.emergency.resource",
        required=True,
        ondelete="restrict",
        check_company=True,
    )
    resource_type = fields.Selection(related="resource_id.resource_type")
    location = fields.Char(related="resource_id.location")
    quantity_required = fields.Float(string="Required", default=1.0, digits=(16, 2))
    quantity_usable = fields.Float(
        related="resource_id.quantity_usable", string="Available"
    )
    is_shortage = fields.Boolean(string="Shortage", compute="_compute_is_shortage")

    @api.depends("quantity_required", "resource_id.quantity", "resource_id.date_expiry")
    def _compute_is_shortage(self):
        for line in self:
            line.is_shortage = line.quantity_usable < line.quantity_required

    @api.constrains("quantity_required")
    def _check_quantity_required(self):
        for line in self:
            if not 0 <= line.quantity_required <= MAX_QUANTITY:
                raise ValidationError(
                    self.env._(
                        "The required quantity must be between 0 and %s.", MAX_QUANTITY
                    )
                )
