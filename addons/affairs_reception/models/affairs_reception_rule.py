# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsReceptionRule(models.Model):
    """A numeric reception rule (接待规则) of a standards book.

    Each row sets one parameter of the reception rules, e.g. the number of
    guests up to which at most three hosts may accompany a meal. A local book
    overrides the national row of the same code.
    """

    _name = "affairs.reception.rule"
    _inherit = ["affairs.standard.parameter.mixin"]
    _description = "Reception Rule"
    _order = "book_id, code"

    code = fields.Selection(
        [
            ("companion_group_threshold", "Small group: guests up to"),
            ("companions_small_group", "Companions allowed for a small group"),
            (
                "companions_large_group_divisor",
                "Large group: one companion per N guests",
            ),
            ("work_meal_count", "Work meals per visit"),
            (
                "phone_record_accepted",
                "Phone record accepted instead of a letter (1 = yes)",
            ),
        ],
        required=True,
        index=True,
    )
    name = fields.Char(string="Rule", required=True, translate=True)
    value = fields.Float(required=True, digits=(16, 2))
