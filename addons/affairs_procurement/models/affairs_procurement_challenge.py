# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class AffairsProcurementChallenge(models.Model):
    """A supplier's challenge (质疑), filed within the statutory window."""

    _name = "affairs.procurement.challenge"
    _description = "Procurement Challenge"
    _inherit = ["mail.thread"]
    _order = "date_received desc, id desc"
    _check_company_auto = True
    # Stored values computed from the rule tables (see affairs.standard.mixin).
    _affairs_rule_fields = {"affairs.procurement.deadline": ("date_reply_due",)}

    project_id = fields.Many2one(
        "affairs.procurement.project",
        required=True,
        ondelete="cascade",
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner", string="Supplier", required=True, check_company=True
    )
    date_received = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True
    )
    reason = fields.Text(required=True)
    reply = fields.Text(tracking=True)
    date_reply = fields.Date(tracking=True)
    date_reply_due = fields.Date(compute="_compute_date_reply_due", store=True)
    state = fields.Selection(
        [("open", "Open"), ("replied", "Replied"), ("withdrawn", "Withdrawn")],
        default="open",
        required=True,
        tracking=True,
    )
    is_late = fields.Boolean(compute="_compute_is_late")
    agency_id = fields.Many2one(related="project_id.agency_id", store=True, index=True)
    company_id = fields.Many2one(
        related="project_id.company_id", store=True, index=True
    )

    @api.depends("date_received", "project_id.date_issue", "project_id.company_id")
    def _compute_date_reply_due(self):
        """The reply period in force when the project's documents were issued."""
        Deadline = self.env["affairs.procurement.deadline"]
        period_maps = self.project_id._affairs_rule_maps("affairs.procurement.deadline")
        for challenge in self:
            project = challenge.project_id
            challenge.date_reply_due = (
                Deadline._add(
                    period_maps[project],
                    "challenge_reply",
                    challenge.date_received,
                    project.company_id,
                )
                if project
                else False
            )

    def _affairs_rule_recompute_domain(self):
        return [("state", "=", "open")]

    @api.depends("state", "date_reply", "date_reply_due")
    @api.depends_context("date")
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for challenge in self:
            done = challenge.date_reply or (
                today if challenge.state == "open" else False
            )
            challenge.is_late = bool(
                done and challenge.date_reply_due and done > challenge.date_reply_due
            )

    @api.constrains("date_received", "project_id")
    def _check_window(self):
        for challenge in self:
            end = challenge.project_id.date_challenge_end
            if end and challenge.date_received > end:
                raise ValidationError(
                    self.env._(
                        "The challenge window of %(name)s closed on %(end)s.",
                        name=challenge.project_id.display_name,
                        end=end,
                    )
                )

    def action_reply(self):
        """Record the reply to the challenge."""
        self = self._affairs_in_user_lang()
        for challenge in self:
            if not challenge.reply:
                raise UserError(self.env._("Write the reply first."))
        self.write({"state": "replied", "date_reply": fields.Date.context_today(self)})
        return True

    def action_withdraw(self):
        self = self._affairs_in_user_lang()
        self.write({"state": "withdrawn"})
        return True
