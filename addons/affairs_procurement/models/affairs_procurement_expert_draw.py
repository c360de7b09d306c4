# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsProcurementExpertDraw(models.Model):
    """Record of a random panel draw: who was eligible, excluded, drawn."""

    _name = "affairs.procurement.expert.draw"
    _description = "Expert Panel Draw"
    _order = "date desc, id desc"

    project_id = fields.Many2one(
        "affairs.procurement.project", required=True, ondelete="cascade", index=True
    )
    date = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True)
    user_id = fields.Many2one(
        "res.users",
        string="Drawn By",
        default=lambda self: self.env.user,
        readonly=True,
    )
    seed = fields.Integer(readonly=True, help="Random seed: the draw can be replayed.")
    panel_size = fields.Integer(readonly=True)
    candidate_ids = fields.Many2many(
        "affairs.procurement.expert",
        "affairs_procurement_draw_candidate_rel",
        string="Eligible Experts",
        readonly=True,
    )
    excluded_ids = fields.Many2many(
        "affairs.procurement.expert",
        "affairs_procurement_draw_excluded_rel",
        string="Excluded (Related to a Bidder)",
        readonly=True,
    )
    expert_ids = fields.Many2many(
        "affairs.procurement.expert",
        "affairs_procurement_draw_expert_rel",
        string="Drawn Experts",
        readonly=True,
    )
    company_id = fields.Many2one(
        related="project_id.company_id", store=True, index=True
    )

    @api.depends("project_id", "date")
    def _compute_display_name(self):
        # The breadcrumb names the draw, not "affairs.procurement.expert.draw,1".
        for draw in self:
            draw.display_name = self.env._(
                "Panel draw for %(project)s", project=draw.project_id.display_name or ""
            )
