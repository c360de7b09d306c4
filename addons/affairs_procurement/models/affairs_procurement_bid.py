# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class AffairsProcurementBid(models.Model):
    """A supplier's bid (投标/响应文件) on a procurement project.

    ``evaluated_price`` applies the SME price deduction of the project;
    ``ranking`` (1 = best) follows the project's evaluation method: lowest
    evaluated price, or comprehensive scoring where the price score is
    (lowest qualified evaluated price / evaluated price) x price weight.
    """

    _name = "affairs.procurement.bid"
    _description = "Procurement Bid"
    _order = "project_id, ranking_order, evaluated_price, id"
    _check_company_auto = True

    project_id = fields.Many2one(
        "affairs.procurement.project",
        required=True,
        ondelete="cascade",
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Supplier",
        required=True,
        index=True,
        check_company=True,
    )
    price = fields.Monetary(required=True)
    is_small_micro = fields.Boolean(
        string="Small/Micro Enterprise", help="小微企业: gets the SME price deduction."
    )
    qualification = fields.Selection(
        [("pending", "Pending"), ("pass", "Qualified"), ("fail", "Disqualified")],
        default="pending",
        required=True,
    )
    qualification_note = fields.Char()
    technical_score = fields.Float(
        compute="_compute_expert_scores", store=True, readonly=False
    )
    commercial_score = fields.Float(
        compute="_compute_expert_scores", store=True, readonly=False
    )
    score_ids = fields.One2many("affairs.procurement.score", "bid_id", string="Scores")
    evaluated_price = fields.Monetary(compute="_compute_evaluated_price", store=True)
    price_score = fields.Float(compute="_compute_ranking", store=True)
    total_score = fields.Float(compute="_compute_ranking", store=True)
    ranking = fields.Integer(
        compute="_compute_ranking", store=True, help="1 = best; 0 = not ranked."
    )
    ranking_order = fields.Integer(compute="_compute_ranking", store=True)
    is_winner = fields.Boolean(compute="_compute_is_winner", store=True)
    agency_id = fields.Many2one(related="project_id.agency_id", store=True, index=True)
    company_id = fields.Many2one(
        related="project_id.company_id", store=True, index=True
    )
    currency_id = fields.Many2one(related="project_id.currency_id")

    _price_positive = models.Constraint(
        "CHECK(price > 0)", "A bid price must be positive."
    )
    _project_partner_uniq = models.Constraint(
        "UNIQUE(project_id, partner_id)", "A supplier bids once per project."
    )

    @api.depends("price", "is_small_micro", "project_id.sme_deduction_rate")
    def _compute_evaluated_price(self):
        for bid in self:
            rate = bid.project_id.sme_deduction_rate if bid.is_small_micro else 0.0
            bid.evaluated_price = bid.price * (1 - rate / 100.0)

    @api.depends(
        "score_ids.state", "score_ids.technical_score", "score_ids.commercial_score"
    )
    def _compute_expert_scores(self):
        for bid in self:
            # sudo: the averages of submitted scores are public to the bid's
            # readers; individual scores stay protected by record rules.
            scores = bid.sudo().score_ids.filtered(
                lambda score: score.state == "submitted"
            )
            if scores:
                bid.technical_score = sum(scores.mapped("technical_score")) / len(
                    scores
                )
                bid.commercial_score = sum(scores.mapped("commercial_score")) / len(
                    scores
                )
            elif not bid.score_ids:
                bid.technical_score = bid.technical_score or 0.0
                bid.commercial_score = bid.commercial_score or 0.0

    @api.depends(
        "project_id.bid_ids.evaluated_price",
        "project_id.bid_ids.qualification",
        "project_id.bid_ids.technical_score",
        "project_id.bid_ids.commercial_score",
        "project_id.evaluation_method",
        "project_id.price_weight",
    )
    def _compute_ranking(self):
        for project in self.project_id:
            ranked = project.bid_ids._rank()
            for bid in self.filtered(lambda bid, p=project: bid.project_id == p):
                bid.price_score, bid.total_score, bid.ranking = ranked.get(
                    bid.id, (0.0, 0.0, 0)
                )
                bid.ranking_order = bid.ranking or 99999
        for bid in self.filtered(lambda bid: not bid.project_id):
            bid.price_score = bid.total_score = bid.ranking = 0
            bid.ranking_order = 99999

    # What the panel's scores add up to: hidden from experts until the whole
    # panel has submitted (no anchoring on the others' marks).
    _AFFAIRS_PANEL_FIELDS = (
        "technical_score",
        "commercial_score",
        "price_score",
        "total_score",
        "ranking",
        "ranking_order",
    )

    def _read_format(self, fnames, load="_classic_read"):
        result = super()._read_format(fnames, load=load)
        hidden = set(fnames) & set(self._AFFAIRS_PANEL_FIELDS)
        if not hidden or not self._affairs_is_peeking_expert():
            return result
        # sudo: the expert may not read the project; only its panel state is checked.
        open_ids = set(
            self.sudo().filtered(lambda bid: not bid.project_id.is_panel_submitted).ids
        )
        for values in result:
            if values.get("id") in open_ids:
                for name in hidden:
                    values[name] = False
        return result

    def _affairs_is_peeking_expert(self):
        user = self.env.user
        return (
            not self.env.su
            and user.has_group("affairs_procurement.group_procurement_expert")
            and not user.has_group("affairs_base.group_affairs_officer")
        )

    def _rank(self):
        """``{bid id: (price score, total score, ranking)}`` of these bids.

        The bids belong to one project, whose evaluation method and price
        weight apply; only qualified bids are ranked.
        """
        project = self.project_id
        project.ensure_one()
        qualified = self.filtered(lambda bid: bid.qualification == "pass")
        if not qualified:
            return {}
        base = min(qualified.mapped("evaluated_price"))
        result = {}
        for bid in qualified:
            price_score = (
                base / bid.evaluated_price * project.price_weight
                if bid.evaluated_price
                else 0.0
            )
            result[bid.id] = (
                round(price_score, 2),
                round(price_score + bid.technical_score + bid.commercial_score, 2),
            )
        if project.evaluation_method == "comprehensive":
            key = lambda bid: (-result[bid.id][1], bid.evaluated_price, bid.id)  # noqa: E731
        else:
            key = lambda bid: (bid.evaluated_price, -result[bid.id][1], bid.id)  # noqa: E731
        return {
            bid.id: result[bid.id] + (rank,)
            for rank, bid in enumerate(qualified.sorted(key), start=1)
        }

    def _check_evaluation_ready(self, project, rule):
        """``project``'s bids (``self``) can be evaluated under ``rule``:
        every qualification decided, enough qualified bids, every expert's
        scores submitted."""
        if self.filtered(lambda bid: bid.qualification == "pending"):
            raise UserError(self.env._("Decide the qualification of every bid first."))
        qualified = self.filtered(lambda bid: bid.qualification == "pass")
        minimum = rule.min_suppliers if rule else 1
        if len(qualified) < minimum:
            raise UserError(
                self.env._(
                    "%(name)s has %(count)s qualified bids; %(minimum)s are needed.",
                    name=project.display_name,
                    count=len(qualified),
                    minimum=minimum,
                )
            )
        # sudo: the executor checks completeness, not the scores themselves.
        if project.sudo().score_ids.filtered(lambda score: score.state != "submitted"):
            raise UserError(self.env._("Every expert must submit their scores first."))

    @api.depends("project_id.winning_bid_id")
    def _compute_is_winner(self):
        for bid in self:
            bid.is_winner = bid.project_id.winning_bid_id == bid

    @api.constrains("technical_score", "commercial_score", "project_id")
    def _check_scores(self):
        for bid in self:
            ceiling = 100.0 - bid.project_id.price_weight
            if bid.technical_score < 0 or bid.commercial_score < 0:
                raise ValidationError(self.env._("Scores cannot be negative."))
            if bid.technical_score + bid.commercial_score > ceiling + 1e-6:
                raise ValidationError(
                    self.env._(
                        "Technical and commercial scores of %(supplier)s exceed "
                        "%(ceiling)s points (100 less the price weight).",
                        supplier=bid.partner_id.display_name,
                        ceiling=ceiling,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        bids = super().create(vals_list)
        bids.project_id._check_bids_open()
        return bids

    def write(self, vals):
        locked = {
            "price",
            "partner_id",
            "is_small_micro",
            "project_id",
            "qualification",
            "technical_score",
            "commercial_score",
        }
        if locked & set(vals):
            self.project_id._check_bids_open()
        return super().write(vals)
