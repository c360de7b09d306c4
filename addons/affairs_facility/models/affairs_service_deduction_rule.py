# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsServiceDeductionRule(models.Model):
    """From this score up (to the next rule), this share of the fee is kept back."""

    _name = "affairs.service.deduction.rule"
    _description = "Deduction Rule"
    _order = "scheme_id, min_score desc"

    scheme_id = fields.Many2one(
        "affairs.service.scheme", required=True, index=True, ondelete="cascade"
    )
    min_score = fields.Float(string="From Score", required=True)
    deduction_percent = fields.Float(string="Deduction (%)", required=True)

    _ranges = models.Constraint(
        "CHECK(min_score >= 0 AND min_score <= 100 AND deduction_percent >= 0 "
        "AND deduction_percent <= 100)",
        "Scores and deductions are between 0 and 100.",
    )
    _min_score_uniq = models.Constraint(
        "UNIQUE(scheme_id, min_score)", "Two rules of a scheme start at the same score."
    )
