# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsConstructionDefect(models.Model):
    """A defect found at completion acceptance, to be fixed by a contractor."""

    _name = "affairs.construction.defect"
    _description = "Construction Defect"
    _order = "project_id, deadline, id"
    _check_company_auto = True

    project_id = fields.Many2one(
        "affairs.construction.project",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    contract_id = fields.Many2one(
        "affairs.construction.contract",
        domain="[('project_id', '=', project_id)]",
        check_company=True,
    )
    name = fields.Char(string="Defect", required=True)
    deadline = fields.Date()
    fixed_date = fields.Date()
    is_fixed = fields.Boolean(string="Fixed")
