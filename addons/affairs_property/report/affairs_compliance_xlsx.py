# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsComplianceXlsx(models.AbstractModel):
    """Office space compliance (办公用房核定) per agency in Excel."""

    _name = "report.affairs_property.compliance_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Office Space Compliance (Excel)"

    def _affairs_ledger(self, objs):
        env = self.env
        levels = dict(objs._fields["affairs_level"]._description_selection(env))
        columns = [
            (env._("Agency"), "text", 28),
            (env._("Organ Level"), "text", 14),
            (env._("Staff"), "int", 8),
            (env._("Offices"), "int", 8),
            (env._("Office Area (m²)"), "money", 14),
            (env._("Entitled Area (m²)"), "money", 14),
            (env._("Over-standard Area (m²)"), "money", 14),
            (env._("Over-standard Offices"), "int", 10),
            (env._("Area per Person (m²)"), "money", 12),
            (env._("Over Standard"), "text", 10),
        ]
        agencies = objs.filtered("is_affairs_agency")
        rows = [
            (
                agency.name,
                levels.get(agency.affairs_level),
                agency.affairs_office_staff_count,
                agency.affairs_office_room_count,
                agency.affairs_office_area,
                agency.affairs_office_entitled_area,
                agency.affairs_office_over_area,
                agency.affairs_office_over_room_count,
                agency.affairs_office_per_capita,
                env._("Yes") if agency.affairs_office_over_standard else "",
            )
            for agency in agencies
        ]
        return env._("Office Space Compliance"), columns, rows
