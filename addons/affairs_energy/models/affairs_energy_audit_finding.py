# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_energy_project import MEASURE_TYPES


class AffairsEnergyAuditFinding(models.Model):
    """A finding of an audit and the measure it recommends."""

    _name = "affairs.energy.audit.finding"
    _description = "Energy Audit Finding"
    _order = "audit_id, sequence, id"

    audit_id = fields.Many2one(
        "affairs.energy.audit", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Finding", required=True)
    recommendation = fields.Text(string="Recommended Measure")
    measure_type = fields.Selection(MEASURE_TYPES)
    company_id = fields.Many2one(related="audit_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    estimated_investment = fields.Monetary(currency_field="currency_id")
    expected_saving_tce = fields.Float(
        string="Expected Saving (tce/yr)", digits=(16, 3)
    )
    project_id = fields.Many2one(
        "affairs.energy.project", string="Project", readonly=True
    )

    @api.constrains("estimated_investment", "expected_saving_tce")
    def _check_amounts(self):
        for finding in self:
            if finding.estimated_investment < 0 or finding.expected_saving_tce < 0:
                raise ValidationError(
                    self.env._("Investment and saving of a finding cannot be negative.")
                )

    def action_create_project(self):
        """Create a proposed retrofit project from each finding."""
        Project = self.env["affairs.energy.project"]
        for finding in self.filtered(lambda f: not f.project_id):
            finding.project_id = Project.create(finding._prepare_project_vals())
        return True

    def _prepare_project_vals(self):
        self.ensure_one()
        return {
            "name": self.recommendation or self.name,
            "agency_id": self.audit_id.agency_id.id,
            "company_id": self.audit_id.company_id.id,
            "measure_type": self.measure_type or "other",
            "investment": self.estimated_investment,
            "expected_saving_tce": self.expected_saving_tce,
            "description": self.name,
            "audit_id": self.audit_id.id,
        }
