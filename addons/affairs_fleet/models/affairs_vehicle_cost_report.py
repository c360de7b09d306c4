# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models, tools
from odoo.tools import SQL

from .affairs_vehicle_standard import VEHICLE_CATEGORIES
from .fleet_service_type import COST_TYPES


class AffairsVehicleCostReport(models.Model):
    """Costs and trips of each vehicle by day (单车核算 analysis).

    Only the agencies' vehicles count: vehicles without an agency (such as
    the fleet app's own sample cars) are not official vehicles.
    """

    _name = "affairs.vehicle.cost.report"
    _description = "Single-Vehicle Cost Analysis"
    _auto = False
    _order = "date desc"

    date = fields.Date(readonly=True)
    vehicle_id = fields.Many2one("fleet.vehicle", string="Vehicle", readonly=True)
    agency_id = fields.Many2one("hr.department", string="Agency", readonly=True)
    category = fields.Selection(
        VEHICLE_CATEGORIES, string="Official Category", readonly=True
    )
    cost_type = fields.Selection(COST_TYPES, string="Cost Type", readonly=True)
    amount = fields.Float(string="Cost", readonly=True, aggregator="sum")
    fuel_litres = fields.Float(string="Fuel (L)", readonly=True, aggregator="sum")
    distance = fields.Float(string="Distance (km)", readonly=True, aggregator="sum")
    trip_count = fields.Integer(string="Trips", readonly=True, aggregator="sum")
    company_id = fields.Many2one("res.company", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW %(view)s AS (
                    SELECT s.id * 2 AS id, s.date, s.vehicle_id,
                           v.affairs_agency_id AS agency_id,
                           v.affairs_vehicle_category AS category,
                           s.affairs_cost_type AS cost_type,
                           COALESCE(s.amount, 0) AS amount,
                           COALESCE(s.affairs_fuel_litres, 0) AS fuel_litres,
                           0.0 AS distance, 0 AS trip_count, s.company_id
                      FROM fleet_vehicle_log_services s
                      JOIN fleet_vehicle v ON v.id = s.vehicle_id
                     WHERE s.state != 'cancelled' AND s.active
                       AND v.affairs_agency_id IS NOT NULL
                    UNION ALL
                    SELECT r.id * 2 + 1, r.date_start::date, r.vehicle_id,
                           r.agency_id, v.affairs_vehicle_category, NULL,
                           0.0, 0.0, r.distance, 1, r.company_id
                      FROM affairs_vehicle_request r
                      JOIN fleet_vehicle v ON v.id = r.vehicle_id
                     WHERE r.state = 'returned'
                )
                """,
                view=SQL.identifier(self._table),
            )
        )
