# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsMaintenanceCheckLine(models.Model):
    """One checklist item of a maintenance request and its result."""

    _name = "affairs.maintenance.check.line"
    _description = "Maintenance Check"
    _order = "request_id, sequence, id"

    request_id = fields.Many2one(
        "maintenance.request", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Check", required=True)
    result = fields.Selection(
        [("ok", "OK"), ("fixed", "Fixed"), ("fault", "Fault Found")]
    )
    note = fields.Char()
    company_id = fields.Many2one(
        related="request_id.company_id", store=True, string="Company"
    )
