# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_construction_project import MAX_DATE, MIN_DATE


class AffairsConstructionProgress(models.Model):
    """A monthly progress report (% complete against plan, site log and
    photos). Once certified, its % is what payments of the contract may reach."""

    _name = "affairs.construction.progress"
    _inherit = ["mail.thread"]
    _description = "Construction Progress Report"
    _order = "period_date desc, id desc"
    _check_company_auto = True

    project_id = fields.Many2one(
        "affairs.construction.project",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    agency_id = fields.Many2one(related="project_id.agency_id", store=True)
    contract_id = fields.Many2one(
        "affairs.construction.contract",
        index=True,
        domain="[('project_id', '=', project_id)]",
        check_company=True,
    )
    period_date = fields.Date(
        string="Month", required=True, default=fields.Date.context_today
    )
    percent_complete = fields.Float(string="Complete (%)", digits=(16, 1))
    planned_percent = fields.Float(string="Planned (%)", digits=(16, 1))
    schedule_gap = fields.Float(
        string="Behind Plan (points)",
        compute="_compute_schedule_gap",
        store=True,
        digits=(16, 1),
    )
    site_log = fields.Html(string="Site Log")
    attachment_ids = fields.Many2many("ir.attachment", string="Photos")
    state = fields.Selection(
        [("draft", "Reported"), ("certified", "Certified")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    certified_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    certified_date = fields.Date(readonly=True, copy=False)

    @api.depends("percent_complete", "planned_percent")
    def _compute_schedule_gap(self):
        for progress in self:
            progress.schedule_gap = max(
                progress.planned_percent - progress.percent_complete, 0.0
            )

    @api.constrains("percent_complete", "planned_percent")
    def _check_percent(self):
        for progress in self:
            if not (
                0 <= progress.percent_complete <= 100
                and 0 <= progress.planned_percent <= 100
            ):
                raise ValidationError(
                    self.env._("Progress percentages are between 0 and 100.")
                )

    @api.constrains("period_date")
    def _check_period_date(self):
        for progress in self:
            if not MIN_DATE <= progress.period_date <= MAX_DATE:
                raise ValidationError(
                    self.env._(
                        "The month of a progress report must be between 1990 and 2100."
                    )
                )

    @api.constrains("contract_id", "project_id")
    def _check_contract(self):
        for progress in self:
            if (
                progress.contract_id
                and progress.contract_id.project_id != progress.project_id
            ):
                raise ValidationError(
                    self.env._("The contract belongs to another project.")
                )

    def action_certify(self):
        """Certify the reported progress: payments may follow it."""
        self = self._affairs_in_user_lang()
        for progress in self:
            if progress.state != "draft":
                raise UserError(
                    self.env._("This progress report is already certified.")
                )
            if progress.create_uid == self.env.user and not self.env.is_superuser():
                raise UserError(
                    self.env._(
                        "Separation of duties: the progress you reported is "
                        "certified by someone else."
                    )
                )
        self.write(
            {
                "state": "certified",
                "certified_by_id": self.env.uid,
                "certified_date": fields.Date.context_today(self),
            }
        )
        return True
