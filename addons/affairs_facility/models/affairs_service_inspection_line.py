# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsServiceInspectionLine(models.Model):
    """One checklist item of a monthly inspection: defects found and points kept."""

    _name = "affairs.service.inspection.line"
    _inherit = ["affairs.approval.line.mixin"]
    _description = "Inspection Item"
    # The items are scored in draft only, then sealed with the inspection.
    _affairs_parent_field = "inspection_id"
    _order = "inspection_id, id"

    inspection_id = fields.Many2one(
        "affairs.service.inspection", required=True, index=True, ondelete="cascade"
    )
    item_id = fields.Many2one("affairs.service.scheme.item", string="Scheme Item")
    name = fields.Char(string="Item", required=True)
    weight = fields.Float(string="Points", required=True)
    deduction_per_defect = fields.Float(string="Points per Defect")
    defect_count = fields.Integer(string="Defects")
    score = fields.Float(compute="_compute_score", store=True, string="Points Kept")
    note = fields.Char(string="Finding")
    company_id = fields.Many2one(
        related="inspection_id.company_id", store=True, string="Company"
    )

    _counts_positive = models.Constraint(
        "CHECK(defect_count >= 0 AND weight >= 0 AND deduction_per_defect >= 0)",
        "Defects, points and deductions cannot be negative.",
    )

    @api.depends("weight", "deduction_per_defect", "defect_count")
    def _compute_score(self):
        for line in self:
            lost = line.defect_count * line.deduction_per_defect
            line.score = max(line.weight - lost, 0.0)
