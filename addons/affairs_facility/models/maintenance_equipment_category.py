# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class MaintenanceEquipmentCategory(models.Model):
    _inherit = "maintenance.equipment.category"

    affairs_failure_count = fields.Integer(
        string="Failures", compute="_compute_affairs_reliability", store=True
    )
    affairs_mtbf_hours = fields.Float(
        string="MTBF (h)", compute="_compute_affairs_reliability", store=True
    )
    affairs_mttr_hours = fields.Float(
        string="MTTR (h)", compute="_compute_affairs_reliability", store=True
    )

    @api.depends(
        "equipment_ids.affairs_failure_count",
        "equipment_ids.affairs_downtime_hours",
        "equipment_ids.affairs_operating_hours",
    )
    def _compute_affairs_reliability(self):
        """Pooled over the category: total operating time (or downtime) of
        its equipment per failure."""
        groups = {}
        if self.ids:
            groups = {
                category: (count, downtime, operating)
                for category, count, downtime, operating in self.env[
                    "maintenance.equipment"
                ]._read_group(
                    [("category_id", "in", self.ids)],
                    ["category_id"],
                    [
                        "affairs_failure_count:sum",
                        "affairs_downtime_hours:sum",
                        "affairs_operating_hours:sum",
                    ],
                )
            }
        for category in self:
            count, downtime, operating = groups.get(category, (0, 0.0, 0.0))
            category.affairs_failure_count = count
            category.affairs_mtbf_hours = operating / count if count else 0.0
            category.affairs_mttr_hours = downtime / count if count else 0.0
