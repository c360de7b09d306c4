# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .fleet_service_type import COST_TYPES, DESIGNATED_TYPES

CONFIRMED_STATES = ("running", "done")


class FleetVehicleLogServices(models.Model):
    """Service, fuel, insurance and toll entries of a vehicle (单车费用)."""

    _name = "fleet.vehicle.log.services"
    _inherit = [
        "fleet.vehicle.log.services",
        "affairs.exception.mixin",
        "affairs.budget.hook",
    ]

    affairs_cost_type = fields.Selection(
        COST_TYPES,
        string="Cost Type",
        compute="_compute_affairs_cost_type",
        store=True,
        readonly=False,
        index=True,
    )
    affairs_fuel_litres = fields.Float(string="Fuel (L)", digits=(10, 2))
    affairs_agency_id = fields.Many2one(
        related="vehicle_id.affairs_agency_id", store=True, string="Agency", index=True
    )
    affairs_vehicle_category = fields.Selection(
        related="vehicle_id.affairs_vehicle_category",
        store=True,
        string="Official Category",
    )
    affairs_move_id = fields.Many2one(
        "account.move",
        string="Vendor Bill",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )

    _fuel_litres_positive = models.Constraint(
        "CHECK(affairs_fuel_litres >= 0)", "Fuel litres cannot be negative."
    )

    @api.depends("service_type_id")
    def _compute_affairs_cost_type(self):
        for service in self:
            service.affairs_cost_type = (
                service.service_type_id.affairs_cost_type or "other"
            )

    @api.constrains("state", "vendor_id", "date", "affairs_cost_type")
    def _check_affairs_designated_vendor(self):
        self.filtered(lambda s: s.state in CONFIRMED_STATES)._affairs_check_designated()

    def _affairs_check_designated(self):
        """Fuel, maintenance and insurance go to designated, valid vendors."""
        services = self.filtered(lambda s: s.affairs_cost_type in DESIGNATED_TYPES)
        if not services:
            return
        keys = self.env["affairs.designated.vendor"]._affairs_designated_keys(
            services.vendor_id, set(services.mapped("date"))
        )
        labels = dict(
            self._fields["affairs_cost_type"]._description_selection(self.env)
        )
        for service in services:
            designated = (
                service.vendor_id.id,
                service.affairs_cost_type,
                service.date,
            ) in keys
            service._affairs_check_rule(
                "fleet_designated_vendor",
                not designated,
                self.env._(
                    "%(vendor)s is not a designated %(type)s provider in force on "
                    "%(date)s (vehicle %(vehicle)s).",
                    vendor=service.vendor_id.name or self.env._("No vendor"),
                    type=labels[service.affairs_cost_type],
                    date=service.date,
                    vehicle=service.vehicle_id.display_name,
                ),
            )

    def action_affairs_create_bill(self):
        """Turn the entries into draft vendor bills, one per vendor.

        Each line carries its vehicle (account_fleet) and the analytic
        account of the vehicle's agency.
        """
        services = self.filtered(lambda s: not s.affairs_move_id)
        for service in services:
            if not service.vendor_id or service.amount <= 0:
                raise UserError(
                    self.env._(
                        "%s needs a vendor and a positive cost to be billed.",
                        service.display_name,
                    )
                )
            if service.state not in CONFIRMED_STATES:
                raise UserError(
                    self.env._("Confirm %s before billing it.", service.display_name)
                )
        services._affairs_check_designated()
        moves = self.env["account.move"]
        for vendor in services.vendor_id:
            vendor_services = services.filtered(lambda s, v=vendor: s.vendor_id == v)
            move = self.env["account.move"].create(
                vendor_services._affairs_prepare_bill_vals()
            )
            for service, line in zip(
                vendor_services, move.invoice_line_ids.sorted("sequence"), strict=True
            ):
                service.write(
                    {"affairs_move_id": move.id, "account_move_line_id": line.id}
                )
            moves |= move
        # Budget control (affairs_base hook): committed when billed.
        services._affairs_budget_commit()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Vendor Bills"),
            "res_model": "account.move",
            "view_mode": "list,form",
            "domain": [("id", "in", moves.ids)],
        }

    def _affairs_budget_values(self):
        # Budget control: 30231 公务用车运行维护费 of the vehicle's agency.
        return [
            {
                "record": service,
                "agency": service.affairs_agency_id,
                "classification": "30231",
                "date": service.date,
                "amount": service.amount,
                "moves": service.affairs_move_id,
            }
            for service in self
        ]

    def _affairs_prepare_bill_vals(self):
        Move = self.env["account.move"]
        return Move._affairs_prepare_move_vals(
            "in_invoice",
            self.vendor_id,
            self.company_id[:1] or self.env.company,
            [
                Move._affairs_invoice_line_vals(
                    "%s - %s"
                    % (service.vehicle_id.display_name, service.service_type_id.name),
                    service.amount,
                    service.affairs_agency_id,
                    sequence=index,
                    vehicle_id=service.vehicle_id.id,
                )
                for index, service in enumerate(self, start=1)
            ],
            date=max(self.mapped("date")),
        )
