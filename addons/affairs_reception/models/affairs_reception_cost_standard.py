# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

COST_KINDS = [
    ("work_meal", "Work meal (per person)"),
    ("daily_meal", "Daily meal (per person)"),
    ("lodging", "Accommodation (per room and night)"),
]


class AffairsReceptionCostStandard(models.Model):
    """A cost cap of reception (接待费用标准) by kind, region and guest rank.

    A row covers guests of ``min_rank_id`` and every more senior post level;
    a row without rank covers everybody else. Rows of the reception's region
    take precedence over rows without region.
    """

    _name = "affairs.reception.cost.standard"
    _inherit = ["affairs.standard.mixin"]
    _description = "Reception Cost Standard"
    _order = "kind, region_id, min_rank_sequence, id"
    _rec_name = "kind"

    kind = fields.Selection(COST_KINDS, required=True, index=True)
    region_id = fields.Many2one(
        "res.country.state",
        string="Region",
        help="Province or municipality; empty for every region.",
    )
    min_rank_id = fields.Many2one(
        "affairs.rank",
        string="Lowest Rank Covered",
        domain=[("rank_type", "=", "post")],
        help="Applies to guests of this post level and more senior; empty for "
        "every other guest.",
    )
    min_rank_sequence = fields.Integer(related="min_rank_id.sequence", store=True)
    amount = fields.Float(string="Cap (CNY)", required=True, digits=(16, 2))

    _amount_positive = models.Constraint(
        "CHECK(amount >= 0)", "A cost standard cannot be negative."
    )

    def _rule_key(self):
        self.ensure_one()
        return (self.kind, self.region_id.id, self.min_rank_id.id)

    @api.model
    def _get_cap(self, kind, region=None, rank=None, date=None, company=None):
        """The cap for a guest of ``rank`` in ``region``, or None if none."""
        region_ids = [False] + ([region.id] if region else [])
        rows = self._get_rules(
            [("kind", "=", kind), ("region_id", "in", region_ids)],
            date=date,
            company=company,
        )
        rank_sequence = rank.post_level_id.sequence if rank else None
        applicable = rows.filtered(
            lambda row: (
                not row.min_rank_id
                or (
                    rank_sequence is not None and rank_sequence <= row.min_rank_sequence
                )
            )
        )
        if not applicable:
            return None
        best = min(
            applicable,
            key=lambda row: (
                0 if row.region_id else 1,
                row.min_rank_sequence if row.min_rank_id else 10**6,
            ),
        )
        return best.amount
