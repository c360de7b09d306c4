# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


def _labels(model, field):
    return dict(model._fields[field]._description_selection(model.env))


class AffairsVehicleLedgerXlsx(models.AbstractModel):
    """Vehicle ledger (车辆台账)."""

    _name = "report.affairs_fleet.vehicle_ledger_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Vehicle Ledger (Excel)"

    def _affairs_ledger(self, objs):
        _ = self.env._
        categories = _labels(objs, "affairs_vehicle_category")
        states = _labels(objs, "affairs_state")
        columns = [
            (_("Plate"), "text", 12),
            (_("Model"), "text", 24),
            (_("Agency"), "text", 24),
            (_("Official Category"), "text", 22),
            (_("Displacement (L)"), "percent", 10),
            (_("Purchase Price (CNY)"), "money", 14),
            (_("Registration Date"), "date", 12),
            (_("Odometer"), "int", 10),
            (_("Years in Service"), "percent", 10),
            (_("Eligible for Renewal"), "text", 10),
            (_("Marking"), "text", 12),
            (_("Positioning Terminal"), "text", 16),
            (_("Register Status"), "text", 12),
        ]
        markings = _labels(objs, "affairs_marking")
        rows = [
            (
                vehicle.license_plate,
                vehicle.model_id.display_name,
                vehicle.affairs_agency_id.name,
                categories.get(vehicle.affairs_vehicle_category, ""),
                vehicle.affairs_displacement,
                vehicle.affairs_purchase_price,
                vehicle.acquisition_date,
                vehicle.odometer,
                vehicle.affairs_years_in_service,
                _("Yes") if vehicle.affairs_renewal_eligible else "",
                markings.get(vehicle.affairs_marking, ""),
                vehicle.affairs_gps_terminal,
                states.get(vehicle.affairs_state, ""),
            )
            for vehicle in objs
        ]
        return _("Vehicle Ledger"), columns, rows


class AffairsCostLedgerXlsx(models.AbstractModel):
    """Single-vehicle cost ledger (单车核算台账)."""

    _name = "report.affairs_fleet.cost_ledger_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Vehicle Cost Ledger (Excel)"

    def _affairs_ledger(self, objs):
        _ = self.env._
        wizard = objs[:1]
        lines = wizard._affairs_cost_lines(
            wizard._affairs_vehicles(), wizard.date_from, wizard.date_to
        )
        columns = [
            (_("Plate"), "text", 12),
            (_("Agency"), "text", 24),
            (_("Fuel"), "money", 12),
            (_("Maintenance"), "money", 12),
            (_("Insurance"), "money", 12),
            (_("Tolls / Parking"), "money", 12),
            (_("Other"), "money", 12),
            (_("Total"), "money", 14),
            (_("Distance (km)"), "int", 10),
            (_("Trips"), "int", 8),
            (_("Cost per 100 km"), "money", 12),
            (_("Cost per Trip"), "money", 12),
            (_("Fuel (L)"), "money", 10),
            (_("L per 100 km"), "percent", 10),
            (_("Consumption Outlier"), "text", 10),
        ]
        rows = [
            (
                line["vehicle"].license_plate,
                line["vehicle"].affairs_agency_id.name,
                line["fuel"],
                line["maintenance"],
                line["insurance"],
                line["toll"],
                line["other"],
                line["total"],
                line["km"],
                line["trips"],
                line["cost_per_100km"],
                line["cost_per_trip"],
                line["litres"],
                line["litres_per_100km"],
                _("Yes") if line["outlier"] else "",
            )
            for line in lines
        ]
        title = _(
            "Vehicle Cost Ledger %(start)s - %(end)s",
            start=wizard.date_from,
            end=wizard.date_to,
        )
        return title, columns, rows


class AffairsAgencyStatisticsXlsx(models.AbstractModel):
    """Annual vehicle statistics per agency."""

    _name = "report.affairs_fleet.agency_statistics_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Agency Vehicle Statistics (Excel)"

    def _affairs_ledger(self, objs):
        _ = self.env._
        wizard = objs[:1]
        agencies = wizard.agency_ids or self.env["hr.department"].search(
            [("is_affairs_agency", "=", True)]
        )
        rows = [
            (
                row["agency"].name,
                row["quota"],
                row["vehicles"],
                row["trips"],
                row["km"],
                row["litres"],
                row["amount"],
            )
            for row in wizard._affairs_agency_statistics(
                agencies, wizard.date_from, wizard.date_to
            )
        ]
        columns = [
            (_("Agency"), "text", 28),
            (_("Quota"), "int", 8),
            (_("Vehicles"), "int", 8),
            (_("Trips"), "int", 8),
            (_("Distance (km)"), "int", 12),
            (_("Fuel (L)"), "money", 12),
            (_("Total Cost"), "money", 14),
        ]
        title = _(
            "Vehicle Statistics %(start)s - %(end)s",
            start=wizard.date_from,
            end=wizard.date_to,
        )
        return title, columns, rows
