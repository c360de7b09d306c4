# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

SERVICE_TYPES = [
    ("cleaning", "Cleaning"),
    ("security", "Security"),
    ("landscaping", "Landscaping"),
    ("catering", "Catering"),
    ("property", "Property Management"),
    ("lift", "Lift Maintenance"),
    ("other", "Other"),
]


class AffairsServiceScheme(models.Model):
    """How a contracted service is scored each month (细化标准、量化考核).

    Checklist items with their weights (points, summing to 100) and the
    points lost per defect found; the survey's share of the score; and the
    deduction rules turning the score into a share of the monthly fee kept
    back. All of it is data a manager edits.
    """

    _name = "affairs.service.scheme"
    _description = "Service Scoring Scheme"
    _inherit = ["mail.thread"]
    _order = "service_type, name"

    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True)
    service_type = fields.Selection(SERVICE_TYPES, required=True, tracking=True)
    survey_weight = fields.Float(
        string="Survey Weight (%)",
        default=20.0,
        tracking=True,
        help="Share of the monthly score taken from the satisfaction survey; "
        "the rest comes from the inspection's checklist.",
    )
    item_ids = fields.One2many(
        "affairs.service.scheme.item", "scheme_id", string="Items", copy=True
    )
    rule_ids = fields.One2many(
        "affairs.service.deduction.rule",
        "scheme_id",
        string="Deduction Rules",
        copy=True,
    )
    total_weight = fields.Float(compute="_compute_total_weight")
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)

    _survey_weight_range = models.Constraint(
        "CHECK(survey_weight >= 0 AND survey_weight <= 100)",
        "The survey weight is a percentage between 0 and 100.",
    )

    @api.depends("item_ids.weight")
    def _compute_total_weight(self):
        for scheme in self:
            scheme.total_weight = sum(scheme.item_ids.mapped("weight"))

    @api.constrains("item_ids")
    def _check_items(self):
        for scheme in self:
            if scheme.item_ids and round(scheme.total_weight, 2) != 100:
                raise ValidationError(
                    self.env._(
                        "The weights of the items of %(name)s add up to %(total)s: "
                        "they must add up to 100.",
                        name=scheme.name,
                        total=scheme.total_weight,
                    )
                )

    def _affairs_deduction_percent(self, score):
        """The share of the fee kept back for ``score``: the rule with the
        highest minimum score not above it."""
        self.ensure_one()
        rules = self.rule_ids.filtered(lambda rule: rule.min_score <= score)
        return (
            max(rules, key=lambda rule: rule.min_score).deduction_percent
            if rules
            else 0.0
        )

    def _affairs_line_vals(self):
        """Values of an inspection's items, one per item of the scheme (the
        items' names copied in the acting user's language)."""
        self = self._affairs_in_user_lang()
        return [
            {
                "item_id": item.id,
                "name": item.name,
                "weight": item.weight,
                "deduction_per_defect": item.deduction_per_defect,
            }
            for item in self.item_ids
        ]
