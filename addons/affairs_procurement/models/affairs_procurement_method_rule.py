# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_procurement_threshold import KINDS

METHODS = [
    ("open_tender", "Open Tender (公开招标)"),
    ("invited_tender", "Invited Tender (邀请招标)"),
    ("competitive_negotiation", "Competitive Negotiation (竞争性谈判)"),
    ("competitive_consultation", "Competitive Consultation (竞争性磋商)"),
    ("single_source", "Single Source (单一来源)"),
    ("inquiry", "Inquiry (询价)"),
    ("framework", "Framework Agreement (框架协议)"),
]
EVALUATION_METHODS = [
    ("lowest_price", "Lowest Evaluated Price (最低评标价法)"),
    ("comprehensive", "Comprehensive Scoring (综合评分法)"),
]
DAY_TYPES = [("calendar", "Calendar days"), ("working", "Working days")]


class AffairsProcurementMethodRule(models.Model):
    """When a procurement method may be used for a kind, and how it runs."""

    _name = "affairs.procurement.method.rule"
    _description = "Procurement Method Rule"
    _inherit = ["affairs.standard.mixin"]
    _order = "method, kind"

    method = fields.Selection(METHODS, required=True)
    kind = fields.Selection(KINDS, required=True)
    allowed = fields.Boolean(
        default=True, help="Whether the method may be used for this kind at all."
    )
    min_suppliers = fields.Integer(
        string="Minimum Suppliers", default=3, help="Qualified bids needed to evaluate."
    )
    min_response_days = fields.Integer(
        string="Minimum Response Period",
        help="From issue of the documents to the bid (response) deadline.",
    )
    response_day_type = fields.Selection(
        DAY_TYPES, string="Period Counted In", default="calendar", required=True
    )
    evaluation_methods = fields.Selection(
        [
            ("lowest_price", "Lowest price only"),
            ("comprehensive", "Comprehensive scoring only"),
            ("both", "Either"),
        ],
        string="Evaluation Methods",
        default="both",
        required=True,
    )
    price_weight_min = fields.Float(string="Minimum Price Weight (%)")
    price_weight_max = fields.Float(string="Maximum Price Weight (%)", default=100)
    min_panel_size = fields.Integer(string="Minimum Panel Size", default=3)

    @api.constrains("price_weight_min", "price_weight_max", "min_suppliers")
    def _check_values(self):
        for rule in self:
            if not 0 <= rule.price_weight_min <= rule.price_weight_max <= 100:
                raise ValidationError(
                    self.env._("The price weight range must lie between 0 and 100%.")
                )
            if rule.min_suppliers < 1 or rule.min_panel_size < 1:
                raise ValidationError(
                    self.env._("Minimum suppliers and panel size must be positive.")
                )

    def _rule_key(self):
        self.ensure_one()
        return (self.method, self.kind)

    @api.model
    def _get_map(self, date=None, company=None):
        return {
            row._rule_key(): row for row in self._get_rules(date=date, company=company)
        }
