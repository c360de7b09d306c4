# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.affairs_base.models.hr_department import AFFAIRS_LEVELS


class AffairsAreaStandard(models.Model):
    """Usable office area per person (办公室使用面积) by organ level and post level.

    National rows come from 建标169-2014 Art.13; a local standards book may
    override any (organ level, post level) row.
    """

    _name = "affairs.area.standard"
    _description = "Office Area Standard"
    _inherit = ["affairs.standard.mixin"]
    _order = "organ_level, rank_sequence, id"

    organ_level = fields.Selection(AFFAIRS_LEVELS, required=True, index=True)
    rank_id = fields.Many2one(
        "affairs.rank",
        string="Post Level",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("rank_type", "=", "post")],
    )
    rank_sequence = fields.Integer(related="rank_id.sequence", store=True)
    standard_rank_name = fields.Char(
        string="Rank in the Standard",
        translate=True,
        help="How the national standard names this rank at this organ level, "
        "e.g. 正局(处)级 for a municipal division-level post.",
    )
    area = fields.Float(
        string="Usable Area (m²)", required=True, digits=(10, 2), help="Per person."
    )
    is_provisional = fields.Boolean(
        string="Provisional Default",
        help="No national figure exists (township organs): the value is a "
        "default capped at the county deputy figure, to be set locally.",
    )

    _area_positive = models.Constraint(
        "CHECK(area >= 0)", "The standard office area cannot be negative."
    )

    @api.constrains("rank_id")
    def _check_rank_id(self):
        for standard in self:
            if standard.rank_id.rank_type != "post":
                raise ValidationError(
                    self.env._(
                        "An area standard is set per post level, not per rank "
                        "grade: %(rank)s.",
                        rank=standard.rank_id.name,
                    )
                )

    def _rule_key(self):
        self.ensure_one()
        return (self.organ_level, self.rank_id.id)

    @api.model
    def _affairs_area_map(self, company=None, date=None):
        """``{(organ_level, post level id): area}`` of the rules in force."""
        rules = self._get_rules(date=date, company=company)
        return {(rule.organ_level, rule.rank_id.id): rule.area for rule in rules}
