# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)
from odoo.addons.affairs_base.models.affairs_no_overlap_mixin import NoOverlap

from .affairs_vehicle_standard import VEHICLE_CATEGORIES

# States in which the vehicle and the driver are booked.
BOOKED_STATES = ("dispatched", "in_use")
# Plausible upper bound of an odometer reading (km).
MAX_ODOMETER = 10_000_000
STATES = approval_states(
    ("dispatched", "Dispatched"),
    ("in_use", "On the Road"),
    ("returned", "Returned"),
    approved="To Dispatch",
)


class AffairsVehicleRequest(models.Model):
    """A request for an official car (用车申请 → 审批 → 派车 → 出车 → 回场).

    The vehicle and the driver can never be booked twice for overlapping
    times: PostgreSQL exclusion constraints (btree_gist) enforce it, so two
    dispatchers confirming at the same moment cannot both succeed.
    """

    _name = "affairs.vehicle.request"
    _description = "Vehicle Request"
    _inherit = ["affairs.approval.mixin", "affairs.no.overlap.mixin"]
    _affairs_sequence_code = "affairs.vehicle.request"
    _order = "date_start desc, id desc"
    # Stored values computed from the rule tables (see affairs.standard.mixin).
    _affairs_rule_fields = {"affairs.vehicle.lifecycle.rule": ("is_long_trip",)}
    _check_company_auto = True
    # Who dispatched, when the car left and came back: the desk's actions.
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "dispatcher_id",
        "dispatch_date",
        "departure_date",
        "return_date",
        "odometer_start",
    )
    # The dispatch desk chooses the car and the driver and logs the return.
    _affairs_desk_fields = (
        "vehicle_id",
        "driver_id",
        "odometer_end",
        "fuel_litres",
        "toll_amount",
        "return_note",
    )
    _affairs_final_states = ("returned", "rejected", "cancel")
    _affairs_cancellable_states = (
        "draft",
        "submitted",
        "approved",
        "dispatched",
        "rejected",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    requester_id = fields.Many2one(
        "hr.employee",
        string="Requester",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    requester_user_id = fields.Many2one(
        related="requester_id.user_id", store=True, string="Requester User"
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_agency_id",
        store=True,
        readonly=False,
        required=True,
        index=True,
        precompute=True,
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        check_company=True,
    )
    purpose = fields.Char(required=True, tracking=True)
    date_start = fields.Datetime(string="Start", required=True, tracking=True)
    date_end = fields.Datetime(string="End", required=True, tracking=True)
    origin = fields.Char(string="From")
    destination = fields.Char(required=True)
    is_out_of_city = fields.Boolean(string="Out of City")
    passenger_count = fields.Integer(string="Passengers", default=1)
    passenger_names = fields.Char(string="Passenger Names")
    vehicle_category = fields.Selection(VEHICLE_CATEGORIES, string="Category Wanted")
    is_long_trip = fields.Boolean(
        string="Long Trip",
        compute="_compute_is_long_trip",
        store=True,
        help="Out of city, or longer than the long-trip hours of the rules: "
        "the manager approves it too.",
    )
    vehicle_id = fields.Many2one(
        "fleet.vehicle",
        string="Vehicle",
        tracking=True,
        index="btree_not_null",
        check_company=True,
    )
    license_plate = fields.Char(related="vehicle_id.license_plate", string="Plate")
    driver_id = fields.Many2one(
        "hr.employee",
        string="Driver",
        tracking=True,
        index="btree_not_null",
        domain=[("affairs_is_driver", "=", True)],
        check_company=True,
    )
    dispatcher_id = fields.Many2one(
        "res.users", string="Dispatcher", readonly=True, copy=False
    )
    dispatch_date = fields.Datetime(string="Dispatched On", readonly=True, copy=False)
    departure_date = fields.Datetime(string="Departed On", readonly=True, copy=False)
    return_date = fields.Datetime(string="Returned On", readonly=True, copy=False)
    odometer_start = fields.Float(string="Odometer Out", copy=False, tracking=True)
    odometer_end = fields.Float(string="Odometer In", copy=False, tracking=True)
    distance = fields.Float(
        string="Distance (km)",
        compute="_compute_distance",
        store=True,
        aggregator="sum",
    )
    duration = fields.Float(string="Hours", compute="_compute_duration", store=True)
    fuel_litres = fields.Float(string="Fuel Added (L)", copy=False)
    toll_amount = fields.Float(string="Tolls / Parking", copy=False)
    return_note = fields.Text(string="Return Notes", copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    state = fields.Selection(
        STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand="_affairs_group_expand_states",
    )

    _dates_order = models.Constraint(
        "CHECK(date_end > date_start)", "A trip must end after it starts."
    )
    _odometer_order = models.Constraint(
        "CHECK(odometer_end = 0 OR odometer_end >= odometer_start)",
        "The odometer cannot go backwards during a trip.",
    )
    _passengers_positive = models.Constraint(
        "CHECK(passenger_count >= 0)", "The number of passengers cannot be negative."
    )
    _vehicle_no_overlap = NoOverlap(
        "vehicle_id",
        "date_start",
        "date_end",
        holding={"state": BOOKED_STATES},
        message="This vehicle is already booked for an overlapping time.",
    )
    _driver_no_overlap = NoOverlap(
        "driver_id",
        "date_start",
        "date_end",
        holding={"state": BOOKED_STATES},
        message="This driver is already booked for an overlapping time.",
    )

    # ---- Compute methods ----
    @api.depends("requester_id")
    def _compute_agency_id(self):
        for request in self:
            # sudo: agency cadres may not read hr.employee; only the agency leaves.
            request.agency_id = request.requester_id.sudo().affairs_agency_id

    @api.depends("date_start", "date_end")
    def _compute_duration(self):
        for request in self:
            if request.date_start and request.date_end:
                delta = request.date_end - request.date_start
                request.duration = delta.total_seconds() / 3600.0
            else:
                request.duration = 0.0

    @api.depends("is_out_of_city", "duration", "date_start", "company_id")
    def _compute_is_long_trip(self):
        # sudo: rule tables are reference data every requester applies.
        Rule = self.env["affairs.vehicle.lifecycle.rule"].sudo()
        hours_by_reference = {}
        for request in self:
            # The rules in force on the day the trip starts.
            reference = (request._affairs_rule_date(), request.company_id)
            if reference not in hours_by_reference:
                hours_by_reference[reference] = Rule._get_param(
                    "long_trip_hours",
                    0.0,
                    date=reference[0],
                    company=request.company_id or None,
                )
            hours = hours_by_reference[reference]
            request.is_long_trip = request.is_out_of_city or bool(
                hours and request.duration > hours
            )

    def _affairs_rule_date(self):
        """The day (user's timezone) the trip starts: its rules apply."""
        self.ensure_one()
        return fields.Date.context_today(self, timestamp=self.date_start or None)

    def _affairs_rule_recompute_domain(self):
        # Finished trips keep the values they were run with.
        return [("state", "not in", ("returned", "cancel", "rejected"))]

    @api.depends("odometer_start", "odometer_end")
    def _compute_distance(self):
        for request in self:
            if request.odometer_end and request.odometer_end >= request.odometer_start:
                request.distance = request.odometer_end - request.odometer_start
            else:
                request.distance = 0.0

    # ---- Constraints ----
    @api.constrains("agency_id", "requester_id")
    def _check_agency(self):
        for request in self:
            if not request.agency_id.is_affairs_agency:
                raise ValidationError(
                    self.env._(
                        "%s must be filed for a served agency.", request.display_name
                    )
                )

    # ---- Approval hooks ----
    def _affairs_check_submit(self):
        self.ensure_one()
        if not (
            self.purpose and self.destination and self.date_start and self.date_end
        ):
            raise UserError(
                self.env._("Give the purpose, destination and times of %s.", self.name)
            )

    # ---- Actions ----
    def action_submit(self):
        self.invalidate_recordset(["review_ids", "need_validation"])
        res = super().action_submit()
        # need_validation (no depends) and review_ids (integer res_id) stay
        # cached across the submit: refresh them or approval re-requests reviews.
        self.invalidate_recordset(["review_ids", "need_validation"])
        return res

    def action_approve(self):
        self.invalidate_recordset(
            ["review_ids", "need_validation", "can_review", "reviewer_ids"]
        )
        return super().action_approve()

    def _tier_validation_check_write_allowed(self, vals):
        # Dispatch, departure and return come after the approval is complete:
        # the under/after-validation field checks (two searches per record)
        # have nothing to guard there and would make batches grow in queries.
        if self.env.context.get("affairs_execution_step"):
            return None
        return super()._tier_validation_check_write_allowed(vals)

    def action_dispatch(self, vehicle=None, driver=None):
        """Assign the vehicle and driver (派车) to approved requests.

        ``vehicle``/``driver`` (records or ids) override those set on the
        requests. Works in batch with a fixed number of queries. Returns the
        client action reloading the view, so the chatter shows the dispatch.
        """
        if not self._affairs_is_desk_user():
            raise AccessError(self.env._("Only the dispatch desk dispatches vehicles."))
        vals = {}
        if vehicle:
            vals["vehicle_id"] = self._affairs_record_arg(vehicle, "fleet.vehicle").id
        if driver:
            vals["driver_id"] = self._affairs_record_arg(
                driver, "hr.employee", check_read=False
            ).id
        requests = self.with_context(affairs_execution_step=True)
        for request in requests:
            if request.state != "approved":
                raise UserError(self.env._("%s is not approved.", request.name))
        if vals:
            requests._affairs_transition_write(vals)
        requests._affairs_check_dispatch()
        odometers = self._affairs_last_odometers(self.vehicle_id)
        requests._affairs_transition_write(
            {
                "state": "dispatched",
                "dispatcher_id": self.env.uid,
                "dispatch_date": fields.Datetime.now(),
            }
        )
        for request in requests:
            request._affairs_transition_write(
                {"odometer_start": odometers.get(request.vehicle_id.id, 0.0)}
            )
        requests.flush_recordset()
        # Restore the current view so that the form's chatter shows the
        # dispatch (Odoo's own way, cf. account's soft_reload).
        return {"type": "ir.actions.client", "tag": "soft_reload"}

    def action_depart(self):
        """The car leaves (出车)."""
        for request in self:
            if request.state != "dispatched":
                raise UserError(self.env._("%s has not been dispatched.", request.name))
        if not self._affairs_is_desk_user():
            raise AccessError(self.env._("Only the dispatch desk records departures."))
        self.with_context(affairs_execution_step=True)._affairs_transition_write(
            {"state": "in_use", "departure_date": fields.Datetime.now()}
        )
        return True

    def action_return(self, odometer_end=None):
        """The car is back (回场): records the end odometer on the vehicle."""
        if not self._affairs_is_desk_user():
            raise AccessError(self.env._("Only the dispatch desk records returns."))
        if odometer_end is not None and (
            isinstance(odometer_end, bool)
            or not isinstance(odometer_end, (int, float))
            or not 0 <= odometer_end <= MAX_ODOMETER
        ):
            raise UserError(
                self.env._(
                    "The odometer in must be a number of kilometres between 0 "
                    "and %(max)s.",
                    max=MAX_ODOMETER,
                )
            )
        for request in self:
            if request.state not in BOOKED_STATES:
                raise UserError(self.env._("%s is not on the road.", request.name))
            end = request.odometer_end if odometer_end is None else odometer_end
            if not end or end < request.odometer_start:
                raise UserError(
                    self.env._(
                        "%(name)s: the odometer in (%(end).0f) cannot be lower than "
                        "the odometer out (%(start).0f).",
                        name=request.name,
                        end=end or 0.0,
                        start=request.odometer_start,
                    )
                )
            request.with_context(affairs_execution_step=True)._affairs_transition_write(
                {
                    "odometer_end": end,
                    "state": "returned",
                    "return_date": fields.Datetime.now(),
                }
            )
        self.env["fleet.vehicle.odometer"].create(
            [request._affairs_prepare_odometer_vals() for request in self]
        )
        # fleet's odometer is a non-stored compute without dependencies.
        self.vehicle_id.invalidate_recordset(["odometer"])
        return True

    def action_open_return_wizard(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Record Return"),
            "res_model": "affairs.vehicle.return.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_request_id": self.id,
                "default_odometer_end": self.odometer_start,
            },
        }

    # ---- Helpers ----
    def _affairs_check_dispatch(self):
        today = fields.Date.context_today(self)
        for request in self:
            if request.state != "approved":
                raise UserError(self.env._("%s is not approved.", request.name))
            if not (request.vehicle_id and request.driver_id):
                raise UserError(
                    self.env._("Choose a vehicle and a driver for %s.", request.name)
                )
            vehicle = request.vehicle_id
            if not vehicle.active or vehicle.affairs_state != "registered":
                raise UserError(
                    self.env._(
                        "%s is not an official vehicle in service.",
                        vehicle.display_name,
                    )
                )
            # sudo: dispatchers need the driver's licence, not HR access.
            driver = request.driver_id.sudo()
            date = max(request.date_end.date(), today)
            problem = driver._affairs_driver_problem(vehicle, date)
            if problem:
                raise UserError(problem)
        self._affairs_check_overlap()

    def _affairs_check_overlap(self):
        """Friendly message before the database constraints refuse it."""
        self._affairs_check_no_overlap()

    @api.model
    def _affairs_last_odometers(self, vehicles):
        # sudo: requesters may not read odometer logs; only the last value is used.
        data = (
            self.env["fleet.vehicle.odometer"]
            .sudo()
            ._read_group(
                [("vehicle_id", "in", vehicles.ids)], ["vehicle_id"], ["value:max"]
            )
        )
        return {vehicle.id: value for vehicle, value in data}

    def _affairs_prepare_odometer_vals(self):
        self.ensure_one()
        return {
            "vehicle_id": self.vehicle_id.id,
            "value": self.odometer_end,
            "date": self.return_date.date(),
            # sudo: dispatchers need the driver's contact, not HR access.
            "driver_id": self.driver_id.sudo().work_contact_id.id,
        }
