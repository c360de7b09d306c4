# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import random

from odoo import api, fields, models
from odoo.exceptions import UserError


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

    @api.model
    def _draw(self, project, size):
        """Draw ``size`` experts for ``project`` and record the draw.

        Experts related to a bidder (or its commercial entity) are excluded;
        the seed is kept so the draw can be replayed. Returns the experts.
        """
        project.ensure_one()
        pool = self.env["affairs.procurement.expert"].search(
            [("company_id", "in", [False, project.company_id.id])]
        )
        bidders = (
            project.bid_ids.partner_id.commercial_partner_id
            | project.bid_ids.partner_id
        )
        excluded = pool.filtered(
            lambda expert: (
                expert.conflict_partner_ids.commercial_partner_id & bidders
                or expert.conflict_partner_ids & bidders
            )
        )
        candidates = pool - excluded
        if len(candidates) < size:
            raise UserError(
                self.env._(
                    "The pool has %(count)s eligible experts; %(size)s are needed.",
                    count=len(candidates),
                    size=size,
                )
            )
        seed = random.SystemRandom().randrange(1, 2**31)
        drawn = random.Random(seed).sample(sorted(candidates.ids), size)
        # sudo: the draw is recorded by the mechanism; nobody files one by hand.
        draw = self.sudo().create(
            {
                "project_id": project.id,
                "seed": seed,
                "panel_size": size,
                "candidate_ids": [fields.Command.set(candidates.ids)],
                "excluded_ids": [fields.Command.set(excluded.ids)],
                "expert_ids": [fields.Command.set(drawn)],
            }
        )
        draw._notify_panel()
        return self.env["affairs.procurement.expert"].browse(drawn)

    def _notify_panel(self):
        """Log the draw on the project and tell each drawn expert.

        The project's chatter gets the figures of the draw, never the names:
        the panel stays confidential until the evaluation (财政部令第87号
        第四十八条); each expert is notified personally.
        """
        self.ensure_one()
        project = self.project_id
        project.message_post(
            body=self.env._(
                "Evaluation panel of %(size)s experts drawn at random from "
                "%(count)s eligible experts (%(excluded)s excluded for a relation "
                "with a bidder); seed %(seed)s.",
                size=self.panel_size,
                count=len(self.candidate_ids),
                excluded=len(self.excluded_ids),
                seed=str(self.seed),
            ),
            subtype_xmlid="mail.mt_note",
        )
        partners = self.expert_ids.user_id.partner_id
        if partners:
            project.message_notify(
                partner_ids=partners.ids,
                subject=self.env._("Evaluation panel: %s", project.display_name),
                body=self.env._(
                    "You have been drawn for the evaluation panel of %(project)s "
                    "(%(title)s). Bids open on %(date)s.",
                    project=project.name,
                    title=project.title,
                    date=project.date_opening or "-",
                ),
            )

    @api.depends("project_id", "date")
    def _compute_display_name(self):
        # The breadcrumb names the draw, not "affairs.procurement.expert.draw,1".
        for draw in self:
            draw.display_name = self.env._(
                "Panel draw for %(project)s",
                project=draw.project_id.name or self.env._("a project"),
            )
