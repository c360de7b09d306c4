# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsRank(models.Model):
    """Post (职务) or rank grade (职级) of a cadre.

    Posts form the ladder entitlements are computed from (``post_level_id``
    is the post itself). A rank grade such as 一级调研员 is treated as a post
    level (县处级正职) for entitlements, through ``post_level_id``.
    """

    _name = "affairs.rank"
    _description = "Post and Rank"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True, index=True)
    sequence = fields.Integer(default=10, help="Lower is more senior.")
    rank_type = fields.Selection(
        [("post", "Post level (职务层次)"), ("grade", "Rank grade (职级)")],
        required=True,
        default="post",
    )
    post_level_id = fields.Many2one(
        "affairs.rank",
        string="Treated as Post Level",
        compute="_compute_post_level_id",
        store=True,
        readonly=False,
        domain=[("rank_type", "=", "post")],
    )
    active = fields.Boolean(default=True)
    employee_count = fields.Integer(compute="_compute_employee_count")

    _code_uniq = models.Constraint("UNIQUE(code)", "The code of a rank must be unique.")

    @api.depends("rank_type")
    def _compute_post_level_id(self):
        for rank in self:
            if rank.rank_type == "post":
                rank.post_level_id = rank

    def _compute_employee_count(self):
        data = self.env["hr.employee"]._read_group(
            [("affairs_rank_id", "in", self.ids)], ["affairs_rank_id"], ["__count"]
        )
        counts = {rank.id: count for rank, count in data}
        for rank in self:
            rank.employee_count = counts.get(rank.id, 0)

    @api.constrains("rank_type", "post_level_id")
    def _check_post_level(self):
        for rank in self:
            if rank.rank_type == "grade" and rank.post_level_id.rank_type != "post":
                raise ValidationError(
                    self.env._(
                        "Rank grade %(name)s must be mapped to a post level.",
                        name=rank.name,
                    )
                )
            if rank.rank_type == "post" and rank.post_level_id != rank:
                raise ValidationError(
                    self.env._(
                        "Post level %(name)s is its own post level.", name=rank.name
                    )
                )
