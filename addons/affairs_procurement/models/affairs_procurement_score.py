# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class AffairsProcurementScore(models.Model):
    """One expert's technical and commercial score of one bid.

    Record rules hide other experts' scores from an expert until that
    expert has submitted their own.
    """

    _name = "affairs.procurement.score"
    _description = "Expert Score"
    _order = "bid_id, expert_id"

    bid_id = fields.Many2one(
        "affairs.procurement.bid", required=True, ondelete="cascade", index=True
    )
    project_id = fields.Many2one(
        related="bid_id.project_id", store=True, index=True, string="Project"
    )
    partner_id = fields.Many2one(related="bid_id.partner_id", string="Supplier")
    expert_id = fields.Many2one(
        "affairs.procurement.expert", required=True, index=True, ondelete="restrict"
    )
    expert_user_id = fields.Many2one(
        related="expert_id.user_id", store=True, index=True, string="Expert User"
    )
    technical_score = fields.Float()
    commercial_score = fields.Float()
    comment = fields.Text()
    state = fields.Selection(
        [("draft", "Draft"), ("submitted", "Submitted")],
        default="draft",
        required=True,
        index=True,
    )
    company_id = fields.Many2one(related="bid_id.company_id", store=True, index=True)

    _bid_expert_uniq = models.Constraint(
        "UNIQUE(bid_id, expert_id)", "An expert scores a bid once."
    )

    @api.constrains("expert_id", "bid_id")
    def _check_panel(self):
        for score in self:
            if score.expert_id not in score.project_id.expert_ids:
                raise ValidationError(
                    self.env._("Only experts of the drawn panel score bids.")
                )

    @api.constrains("technical_score", "commercial_score")
    def _check_scores(self):
        for score in self:
            ceiling = 100.0 - score.project_id.price_weight
            if min(score.technical_score, score.commercial_score) < 0 or (
                score.technical_score + score.commercial_score > ceiling + 1e-6
            ):
                raise ValidationError(
                    self.env._(
                        "Scores lie between 0 and %(ceiling)s points.", ceiling=ceiling
                    )
                )

    def write(self, vals):
        if any(score.state == "submitted" for score in self) and set(vals) - {"state"}:
            raise UserError(self.env._("Submitted scores cannot be changed."))
        return super().write(vals)

    def action_submit(self):
        """Submit the expert's scores; they become final and visible."""
        self = self._affairs_in_user_lang()
        for score in self:
            if score.project_id.stage != "bidding":
                raise UserError(self.env._("The evaluation of this project is closed."))
        self.write({"state": "submitted"})
        # Record rules read the submitted experts from the database: store
        # them now so the other experts' scores open at once.
        self.project_id.flush_recordset(["score_submitted_user_ids"])
        return True
