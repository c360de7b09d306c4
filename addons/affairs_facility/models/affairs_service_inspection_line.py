# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsServiceInspectionLine(models.Model):
    """One checklist item of a monthly inspection: defects found and points kept."""

    _name = "affairs.service.inspection.line"
    _description = "Inspection Item"
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

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_inspection_draft()
        return lines

    def write(self, vals):
        self._check_inspection_draft()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        self._check_inspection_draft()

    def _check_inspection_draft(self):
        """An inspection's items are scored in draft only (then sealed)."""
        if self.env.su:
            return
        for line in self:
            if line.inspection_id.state != "draft":
                raise UserError(
                    self.env._(
                        "%(name)s has been submitted: its items can no longer "
                        "be changed.",
                        name=line.inspection_id.display_name,
                    )
                )
