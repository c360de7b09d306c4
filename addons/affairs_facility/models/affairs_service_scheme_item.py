# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsServiceSchemeItem(models.Model):
    _name = "affairs.service.scheme.item"
    _description = "Scoring Item"
    _order = "scheme_id, sequence, id"

    scheme_id = fields.Many2one(
        "affairs.service.scheme", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Item", required=True, translate=True)
    criteria = fields.Text(translate=True)
    weight = fields.Float(string="Points", required=True)
    deduction_per_defect = fields.Float(
        string="Points per Defect",
        required=True,
        default=1.0,
        help="Points lost for each defect the inspector finds (never more "
        "than the item's points).",
    )

    _weight_positive = models.Constraint(
        "CHECK(weight > 0 AND deduction_per_defect >= 0)",
        "An item's points must be positive and its deduction not negative.",
    )
