# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsEquipmentLedgerXlsx(models.AbstractModel):
    """The equipment ledger (设备台账): one row per equipment item (Excel)."""

    _name = "report.affairs_facility.equipment_ledger_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Equipment Ledger (Excel)"

    def _affairs_ledger(self, objs):
        uses = dict(objs._fields["affairs_use_state"]._description_selection(self.env))
        columns = [
            (self.env._("Asset Tag"), "text", 14),
            (self.env._("Equipment"), "text", 26),
            (self.env._("Category"), "text", 16),
            (self.env._("Agency"), "text", 20),
            (self.env._("Building"), "text", 22),
            (self.env._("Floor"), "text", 8),
            (self.env._("Room"), "text", 10),
            (self.env._("Model"), "text", 14),
            (self.env._("Serial Number"), "text", 16),
            (self.env._("Vendor"), "text", 20),
            (self.env._("Warranty Until"), "date", 12),
            (self.env._("Team"), "text", 16),
            (self.env._("Special Equipment"), "text", 10),
            (self.env._("Next Inspection"), "date", 12),
            (self.env._("Use"), "text", 8),
            (self.env._("Failures"), "int", 8),
            (self.env._("MTBF (h)"), "money", 10),
            (self.env._("MTTR (h)"), "money", 10),
            (self.env._("Maintenance Cost"), "money", 14),
        ]
        rows = [
            (
                equipment.affairs_code or "",
                equipment.name,
                equipment.category_id.name or "",
                equipment.affairs_agency_id.name or "",
                equipment.affairs_building or "",
                equipment.affairs_floor or "",
                equipment.affairs_room or "",
                equipment.model or "",
                equipment.serial_no or "",
                equipment.partner_id.name or "",
                equipment.warranty_date,
                equipment.maintenance_team_id.name or "",
                self.env._("Yes") if equipment.affairs_is_special else "",
                equipment.affairs_next_inspection_date,
                uses.get(equipment.affairs_use_state, ""),
                equipment.affairs_failure_count,
                equipment.affairs_mtbf_hours,
                equipment.affairs_mttr_hours,
                equipment.affairs_maintenance_cost,
            )
            for equipment in objs
        ]
        return self.env._("Equipment Ledger"), columns, rows
