# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsEnergyReturnXlsx(models.AbstractModel):
    """The statistics returns in their layout: one row per item (Excel)."""

    _name = "report.affairs_energy.return_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Energy Statistics Return (Excel)"

    def _affairs_ledger(self, objs):
        kinds = dict(
            self.env["affairs.energy.return.line"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        units = dict(
            self.env["affairs.energy.return.line"]
            ._fields["unit"]
            ._description_selection(self.env)
        )
        columns = [
            (self.env._("Agency"), "text", 26),
            (self.env._("Period"), "text", 16),
            (self.env._("Item"), "text", 16),
            (self.env._("Unit"), "text", 8),
            (self.env._("Quantity"), "money", 14),
            (self.env._("Standard Coal (kgce)"), "money", 16),
            (self.env._("Equal Value (kgce)"), "money", 16),
            (self.env._("Same Period Last Year"), "money", 16),
            (self.env._("Change (%)"), "percent", 10),
            (self.env._("Explanation"), "text", 30),
        ]
        rows = []
        for ret in objs:
            period = ret.display_name.replace(ret.name, "").strip()
            for line in ret.line_ids:
                rows.append(
                    (
                        ret.agency_id.name,
                        period,
                        kinds.get(line.kind),
                        units.get(line.unit),
                        line.quantity,
                        line.kgce,
                        line.kgce_equal_value,
                        line.last_quantity,
                        line.change_rate,
                        line.explanation,
                    )
                )
            rows.append(
                (
                    ret.agency_id.name,
                    period,
                    self.env._("Total"),
                    "kgce",
                    ret.total_kgce,
                    ret.total_kgce,
                    sum(ret.line_ids.mapped("kgce_equal_value")),
                    ret.last_total_kgce,
                    (ret.total_kgce - ret.last_total_kgce) / ret.last_total_kgce * 100
                    if ret.last_total_kgce
                    else 0.0,
                    ret.explanation,
                )
            )
        return self.env._("Energy Statistics Return"), columns, rows


class AffairsEnergySummaryXlsx(models.AbstractModel):
    """Compound-wide summary: one row per agency's return, then the total."""

    _name = "report.affairs_energy.return_summary_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Energy Statistics Summary (Excel)"

    def _affairs_ledger(self, objs):
        states = dict(objs._fields["state"]._description_selection(self.env))
        columns = [
            (self.env._("Agency"), "text", 26),
            (self.env._("Period"), "text", 16),
            (self.env._("Status"), "text", 10),
            (self.env._("Headcount"), "int", 10),
            (self.env._("Floor Area (m²)"), "money", 14),
            (self.env._("Energy (tce)"), "money", 14),
            (self.env._("kgce per Person"), "money", 14),
            (self.env._("kgce per m²"), "money", 14),
            (self.env._("Water per Person (t)"), "money", 14),
            (self.env._("Change vs Last Year (%)"), "percent", 14),
        ]
        rows = []
        for ret in objs.sorted(lambda r: (r.year, r.quarter or "", r.agency_id.name)):
            rows.append(
                (
                    ret.agency_id.name,
                    ret.display_name.replace(ret.name, "")
                    .replace(ret.agency_id.name, "")
                    .strip(),
                    states.get(ret.state),
                    ret.headcount,
                    ret.building_area,
                    ret.total_tce,
                    ret.kgce_per_capita,
                    ret.kgce_per_m2,
                    ret.water_per_capita,
                    (ret.total_kgce - ret.last_total_kgce) / ret.last_total_kgce * 100
                    if ret.last_total_kgce
                    else 0.0,
                )
            )
        headcount = sum(objs.mapped("headcount"))
        area = sum(objs.mapped("building_area"))
        kgce = sum(objs.mapped("total_kgce"))
        last = sum(objs.mapped("last_total_kgce"))
        rows.append(
            (
                self.env._("Compound Total"),
                "",
                "",
                headcount,
                area,
                kgce / 1000.0,
                kgce / headcount if headcount else 0.0,
                kgce / area if area else 0.0,
                None,
                (kgce - last) / last * 100 if last else 0.0,
            )
        )
        return self.env._("Energy Statistics Summary"), columns, rows
