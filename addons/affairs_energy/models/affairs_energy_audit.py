# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsEnergyAudit(models.Model):
    """An energy audit (能源审计) or metering check (用能检测) of an agency.

    Findings carry the recommended measures; a measure becomes a retrofit
    project of the library with one click.
    """

    _name = "affairs.energy.audit"
    _description = "Energy Audit"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Title", required=True, tracking=True)
    audit_type = fields.Selection(
        [("audit", "Energy Audit"), ("metering", "Metering Check")],
        string="Type",
        required=True,
        default="audit",
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('is_affairs_agency', '=', True)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    auditor = fields.Char(help="Audit firm or inspection body and lead auditor.")
    scope = fields.Text(help="Systems, buildings and period covered.")
    summary = fields.Html()
    state = fields.Selection(
        [("draft", "In Progress"), ("done", "Completed")],
        default="draft",
        required=True,
        tracking=True,
    )
    finding_ids = fields.One2many(
        "affairs.energy.audit.finding", "audit_id", string="Findings"
    )
    project_count = fields.Integer(compute="_compute_project_count")

    @api.depends("finding_ids.project_id")
    def _compute_project_count(self):
        for audit in self:
            audit.project_count = len(audit.finding_ids.project_id)

    def action_done(self):
        """Close the audit once its findings are recorded."""
        for audit in self:
            if not audit.finding_ids:
                raise UserError(
                    self.env._(
                        "Record the findings of %(name)s first.", name=audit.name
                    )
                )
        self.write({"state": "done"})
        return True

    def action_draft(self):
        """Reopen a completed audit."""
        self.write({"state": "draft"})
        return True

    def action_create_projects(self):
        """Turn the findings with a measure into retrofit projects."""
        findings = self.finding_ids.filtered(
            lambda finding: finding.measure_type and not finding.project_id
        )
        if not findings:
            raise UserError(
                self.env._("No finding with a measure is left to turn into a project.")
            )
        findings.action_create_project()
        return self.action_view_projects()

    def action_view_projects(self):
        """Open the projects coming from the audit."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Retrofit Projects"),
            "res_model": "affairs.energy.project",
            "view_mode": "list,form",
            "domain": [("id", "in", self.finding_ids.project_id.ids)],
        }
