# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.fleet_service_type import COST_TYPES

COST_KEYS = [key for key, _label in COST_TYPES]


class AffairsVehicleCostWizard(models.TransientModel):
    """Period and scope of the cost ledger and of the annual statistics."""

    _name = "affairs.vehicle.cost.wizard"
    _description = "Vehicle Cost Ledger"

    def _default_date_from(self):
        return date(fields.Date.context_today(self).year, 1, 1)

    date_from = fields.Date(required=True, default=_default_date_from)
    date_to = fields.Date(required=True, default=fields.Date.context_today)
    agency_ids = fields.Many2many(
        "hr.department", string="Agencies", domain=[("is_affairs_agency", "=", True)]
    )
    vehicle_ids = fields.Many2many("fleet.vehicle", string="Vehicles")

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise UserError(self.env._("The period ends before it starts."))

    def action_print_cost_ledger(self):
        return self.env.ref(
            "affairs_fleet.action_report_cost_ledger_xlsx"
        ).report_action(self)

    def action_print_statistics(self):
        return self.env.ref(
            "affairs_fleet.action_report_agency_statistics_xlsx"
        ).report_action(self)

    def _affairs_vehicles(self):
        self.ensure_one()
        if self.vehicle_ids:
            return self.vehicle_ids
        domain = [("affairs_state", "!=", "draft"), ("affairs_agency_id", "!=", False)]
        if self.agency_ids:
            domain.append(("affairs_agency_id", "in", self.agency_ids.ids))
        return self.env["fleet.vehicle"].with_context(active_test=False).search(domain)

    @api.model
    def _affairs_cost_lines(self, vehicles, date_from, date_to):
        """Cost accounting of each vehicle over the period (fixed queries).

        Returns a list of dicts: costs per type, total, litres, km, trips,
        cost per 100 km, cost per trip, litres per 100 km and an outlier
        flag when the consumption strays from its category's average by
        more than the ``fuel_outlier_ratio`` rule.
        """
        Report = self.env["affairs.vehicle.cost.report"]
        # The analysis is a SQL view over services and trips: flush them first.
        self.env["fleet.vehicle.log.services"].flush_model()
        self.env["affairs.vehicle.request"].flush_model()
        domain = [
            ("vehicle_id", "in", vehicles.ids),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        costs = Report._read_group(domain, ["vehicle_id", "cost_type"], ["amount:sum"])
        usage = Report._read_group(
            domain,
            ["vehicle_id"],
            ["fuel_litres:sum", "distance:sum", "trip_count:sum"],
        )
        lines = {
            vehicle.id: dict(
                {key: 0.0 for key in COST_KEYS},
                vehicle=vehicle,
                litres=0.0,
                km=0.0,
                trips=0,
            )
            for vehicle in vehicles
        }
        for vehicle, cost_type, amount in costs:
            if cost_type:
                lines[vehicle.id][cost_type] += amount
        for vehicle, litres, km, trips in usage:
            lines[vehicle.id].update(litres=litres, km=km, trips=trips)
        return self._affairs_add_ratios(list(lines.values()))

    @api.model
    def _affairs_add_ratios(self, lines):
        # sudo: rule tables are reference data every reader applies.
        ratio = (
            self.env["affairs.vehicle.lifecycle.rule"]
            .sudo()
            ._get_param("fuel_outlier_ratio", 0.0)
        )
        for line in lines:
            line["total"] = sum(line[key] for key in COST_KEYS)
            km = line["km"]
            line["cost_per_100km"] = line["total"] * 100.0 / km if km else 0.0
            line["cost_per_trip"] = (
                line["total"] / line["trips"] if line["trips"] else 0.0
            )
            line["litres_per_100km"] = line["litres"] * 100.0 / km if km else 0.0
        averages = {}
        for line in lines:
            if line["litres_per_100km"]:
                category = line["vehicle"].affairs_vehicle_category
                averages.setdefault(category, []).append(line["litres_per_100km"])
        for line in lines:
            values = averages.get(line["vehicle"].affairs_vehicle_category, [])
            average = sum(values) / len(values) if values else 0.0
            consumption = line["litres_per_100km"]
            line["category_average"] = average
            line["outlier"] = bool(
                ratio
                and average
                and consumption
                and (consumption > average * ratio or consumption * ratio < average)
            )
        return lines

    @api.model
    def _affairs_agency_statistics(self, agencies, date_from, date_to):
        """Per agency: quota, vehicles, trips, km and costs of the period."""
        self.env["fleet.vehicle.log.services"].flush_model()
        self.env["affairs.vehicle.request"].flush_model()
        quota_data = self.env["affairs.vehicle.quota"]._read_group(
            [("agency_id", "in", agencies.ids)],
            ["agency_id"],
            ["quota:sum", "actual_count:sum"],
        )
        report_data = self.env["affairs.vehicle.cost.report"]._read_group(
            [
                ("agency_id", "in", agencies.ids),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ],
            ["agency_id"],
            ["amount:sum", "distance:sum", "trip_count:sum", "fuel_litres:sum"],
        )
        quotas = {agency.id: (quota, count) for agency, quota, count in quota_data}
        usage = {agency.id: rest for agency, *rest in report_data}
        rows = []
        for agency in agencies:
            quota, count = quotas.get(agency.id, (0, 0))
            amount, km, trips, litres = usage.get(agency.id, (0.0, 0.0, 0, 0.0))
            rows.append(
                {
                    "agency": agency,
                    "quota": quota,
                    "vehicles": count,
                    "trips": trips,
                    "km": km,
                    "litres": litres,
                    "amount": amount,
                }
            )
        return rows
