# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .affairs_vehicle_standard import VEHICLE_CATEGORIES, VEHICLE_VARIANTS

LICENSE_CLASSES = [
    ("A1", "A1 (large bus)"),
    ("A2", "A2 (tractor)"),
    ("A3", "A3 (city bus)"),
    ("B1", "B1 (medium bus)"),
    ("B2", "B2 (large truck)"),
    ("C1", "C1 (small car)"),
    ("C2", "C2 (small automatic car)"),
]
# Vehicle classes each driving-licence class allows (准驾车型, GA 公安部令).
LICENSE_COVERS = {
    "A1": {"A1", "A3", "B1", "B2", "C1", "C2"},
    "A2": {"A2", "B1", "B2", "C1", "C2"},
    "A3": {"A3", "C1", "C2"},
    "B1": {"B1", "C1", "C2"},
    "B2": {"B2", "C1", "C2"},
    "C1": {"C1", "C2"},
    "C2": {"C2"},
}
AFFAIRS_STATES = [
    ("draft", "To Register"),
    ("registered", "In Service"),
    ("disposed", "Disposed"),
]
# Fields whose change must be checked against the quota and the caps.
QUOTA_FIELDS = {
    "affairs_agency_id",
    "affairs_vehicle_category",
    "affairs_state",
    "active",
}
CAP_FIELDS = {
    "affairs_vehicle_category",
    "affairs_variant",
    "affairs_purchase_price",
    "affairs_displacement",
    "affairs_is_nev",
    "affairs_state",
}


class FleetVehicle(models.Model):
    """An official vehicle (公务用车) of a served agency."""

    _name = "fleet.vehicle"
    _inherit = ["fleet.vehicle", "affairs.exception.mixin", "affairs.import.mixin"]
    _affairs_import_key = ("license_plate",)

    affairs_agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        index="btree_not_null",
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
    )
    affairs_vehicle_category = fields.Selection(
        VEHICLE_CATEGORIES,
        string="Official Category",
        default="other",
        tracking=True,
        index=True,
    )
    affairs_variant = fields.Selection(
        VEHICLE_VARIANTS,
        string="Standard Variant",
        default="standard",
        help="Which purchase standard of the category applies; anything but "
        "Standard needs a manager's exception.",
    )
    affairs_is_nev = fields.Boolean(string="New-Energy Vehicle")
    affairs_displacement = fields.Float(string="Displacement (L)", digits=(4, 2))
    affairs_purchase_price = fields.Float(string="Purchase Price (CNY)", tracking=True)
    affairs_license_class = fields.Selection(
        LICENSE_CLASSES, string="Licence Class Required", default="C1"
    )
    affairs_state = fields.Selection(
        AFFAIRS_STATES,
        string="Register Status",
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
    )
    affairs_marking = fields.Selection(
        [("marked", "Uniform Marking (标识化)"), ("exempt", "Exempt (confidential)")],
        string="Marking",
        default="marked",
    )
    affairs_marking_note = fields.Char(string="Marking Details")
    affairs_gps_terminal = fields.Char(
        string="Positioning Terminal", help="定位终端: Beidou terminal number."
    )
    affairs_gps_installed = fields.Boolean(string="Positioning Installed")
    affairs_register_date = fields.Date(
        string="Registered On", readonly=True, copy=False
    )
    affairs_disposal_date = fields.Date(string="Disposed On", readonly=True, copy=False)
    affairs_years_in_service = fields.Float(
        string="Years in Service", compute="_compute_affairs_renewal", digits=(4, 1)
    )
    affairs_renewal_eligible = fields.Boolean(
        string="Eligible for Renewal",
        compute="_compute_affairs_renewal",
        search="_search_affairs_renewal_eligible",
    )
    affairs_request_count = fields.Integer(
        string="Trips", compute="_compute_affairs_request_count"
    )
    affairs_plate_date = fields.Date(
        string="Plate Registered On",
        tracking=True,
        help="上牌: date the vehicle administration issued the plate.",
    )
    affairs_inspection_date = fields.Date(
        string="Last Annual Inspection", tracking=True, help="年检: last passed."
    )
    affairs_inspection_due = fields.Date(
        string="Annual Inspection Due",
        tracking=True,
        index="btree_not_null",
        help="The inspection mark is valid until this date; the dispatch desk "
        "gets an activity before it runs out.",
    )
    affairs_insurance_expiry = fields.Date(
        string="Insured Until",
        compute="_compute_affairs_insurance_expiry",
        help="End of the running insurance policies (交强险、商业险), kept as "
        "fleet contracts of an insurance service type.",
    )

    @api.model
    def _affairs_import_templates(self):
        return {
            "vehicle": (
                self.env._("Vehicles with Quota Categories"),
                [
                    "license_plate",
                    "model_id",
                    "affairs_agency_id",
                    "affairs_vehicle_category",
                    "affairs_purchase_price",
                    "acquisition_date",
                    "vin_sn",
                    "affairs_license_class",
                ],
            )
        }

    @api.depends("acquisition_date", "odometer")
    def _compute_affairs_renewal(self):
        # sudo: rule tables are reference data every reader applies.
        Rule = self.env["affairs.vehicle.lifecycle.rule"].sudo()
        today = fields.Date.context_today(self)
        values_by_reference = {}
        for vehicle in self:
            # The lifecycle rules in force when the vehicle was acquired.
            reference = (vehicle.acquisition_date or today, vehicle.company_id)
            if reference not in values_by_reference:
                values_by_reference[reference] = Rule._get_params(
                    ["renewal_age", "renewal_mileage"],
                    date=reference[0],
                    company=vehicle.company_id or None,
                )
            values = values_by_reference[reference]
            age, mileage = values.get("renewal_age"), values.get("renewal_mileage")
            start = vehicle.acquisition_date
            years = (today - start).days / 365.25 if start else 0.0
            vehicle.affairs_years_in_service = years
            vehicle.affairs_renewal_eligible = bool(
                (age and start and start + relativedelta(years=int(age)) <= today)
                or (mileage and vehicle.odometer >= mileage)
            )

    def _search_affairs_renewal_eligible(self, operator, value):
        if operator != "in":
            return NotImplemented
        vehicles = self.search([("affairs_state", "=", "registered")])
        eligible = vehicles.filtered("affairs_renewal_eligible")
        domain = [("id", "in", eligible.ids)]
        return domain if True in value else [("id", "not in", eligible.ids)]

    def _compute_affairs_request_count(self):
        data = self.env["affairs.vehicle.request"]._read_group(
            [("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"]
        )
        counts = {vehicle.id: count for vehicle, count in data}
        for vehicle in self:
            vehicle.affairs_request_count = counts.get(vehicle.id, 0)

    def _compute_affairs_insurance_expiry(self):
        data = self.env["fleet.vehicle.log.contract"]._read_group(
            [
                ("vehicle_id", "in", self.ids),
                ("cost_subtype_id.affairs_cost_type", "=", "insurance"),
                ("state", "=", "open"),
            ],
            ["vehicle_id"],
            ["expiration_date:min"],
        )
        expiry = dict(data)
        for vehicle in self:
            vehicle.affairs_insurance_expiry = expiry.get(vehicle)

    @api.model
    def _cron_affairs_inspection_due(self):
        """An activity for each vehicle in service whose annual inspection
        (年检) runs out within the warning days of the lifecycle rules."""
        days = self.env["affairs.vehicle.lifecycle.rule"]._get_param(
            "inspection_warning_days", 30
        )
        limit = fields.Date.context_today(self) + timedelta(days=int(days))
        vehicles = self.search(
            [
                ("affairs_state", "=", "registered"),
                ("affairs_inspection_due", "<=", limit),
            ]
        )
        activity_type = self.env.ref("mail.mail_activity_data_warning")
        # One reminder per due date: a new due date (inspection passed) warns again.
        warned = {
            (activity.res_id, activity.date_deadline)
            for activity in self.env["mail.activity"].search(
                [
                    ("res_model", "=", "fleet.vehicle"),
                    ("res_id", "in", vehicles.ids),
                    ("activity_type_id", "=", activity_type.id),
                ]
            )
        }
        # Without a fleet manager on the vehicle, the dispatch desk is warned.
        desk = self.env.ref("affairs_base.group_affairs_officer").user_ids[:1]
        for vehicle in vehicles:
            if (vehicle.id, vehicle.affairs_inspection_due) in warned:
                continue
            vehicle.activity_schedule(
                activity_type_id=activity_type.id,
                date_deadline=vehicle.affairs_inspection_due,
                user_id=(vehicle.manager_id or desk or self.env.user).id,
                summary=self.env._("Annual inspection of %s due", vehicle.display_name),
            )
        return vehicles

    @api.model
    def _affairs_demo_hide_fleet_samples(self):
        """Demo helper: archive the fleet app's own demo cars (Micra, Golf, ...).

        They belong to no agency, so they are no official vehicles; archived,
        they stay out of the suite's registers, dispatch and cost reports.
        """
        samples = self.env["ir.model.data"].search(
            [("module", "=", "fleet"), ("model", "=", "fleet.vehicle")]
        )
        vehicles = self.browse(samples.mapped("res_id")).exists()
        vehicles.filtered(lambda v: not v.affairs_agency_id).write({"active": False})

    # ---- Constraints ----
    @api.constrains(*CAP_FIELDS)
    def _check_affairs_caps(self):
        for vehicle in self.filtered(lambda v: v.affairs_state == "registered"):
            vehicle._affairs_check_caps()

    def _affairs_check_caps(self):
        """Purchase price and displacement within the category's standard."""
        self.ensure_one()
        labels = dict(
            self._fields["affairs_vehicle_category"]._description_selection(self.env)
        )
        category = labels.get(self.affairs_vehicle_category, "")
        self._affairs_check_rule(
            "fleet_vehicle_variant",
            self.affairs_variant not in ("standard", "nev_sedan"),
            self.env._(
                "%(vehicle)s uses a special-circumstances standard (%(variant)s): "
                "it needs a manager's approval.",
                vehicle=self.display_name,
                variant=dict(
                    self._fields["affairs_variant"]._description_selection(self.env)
                )[self.affairs_variant],
            ),
        )
        for rule in self._affairs_cap_rules():
            self._affairs_check_rule(
                "fleet_price_cap",
                bool(rule.max_price) and self.affairs_purchase_price > rule.max_price,
                self.env._(
                    "%(vehicle)s costs %(price).0f CNY, over the %(max).0f CNY cap "
                    "of %(rule)s (%(category)s).",
                    vehicle=self.display_name,
                    price=self.affairs_purchase_price,
                    max=rule.max_price,
                    rule=rule.name,
                    category=category,
                ),
            )
            self._affairs_check_rule(
                "fleet_displacement_cap",
                bool(rule.max_displacement)
                and self.affairs_displacement > rule.max_displacement,
                self.env._(
                    "%(vehicle)s has a %(disp).2f L engine, over the %(max).2f L cap "
                    "of %(rule)s (%(category)s).",
                    vehicle=self.display_name,
                    disp=self.affairs_displacement,
                    max=rule.max_displacement,
                    rule=rule.name,
                    category=category,
                ),
            )

    def _affairs_cap_rules(self):
        self.ensure_one()
        # sudo: rule tables are reference data every registering user applies.
        Standard = self.env["affairs.vehicle.standard"].sudo()
        date = self.acquisition_date or fields.Date.context_today(self)
        variant = (
            "standard" if self.affairs_variant == "nev_sedan" else self.affairs_variant
        )
        rules = Standard._get_rules(
            [
                ("category", "=", self.affairs_vehicle_category),
                ("variant", "=", variant),
            ],
            date=date,
            company=self.company_id,
        )
        if self.affairs_is_nev:
            rules |= Standard._get_rules(
                [("category", "=", "any"), ("variant", "=", "nev_sedan")],
                date=date,
                company=self.company_id,
            )
        return rules

    # ---- ORM Overrides ----
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("affairs_state") == "registered":
                vals.setdefault(
                    "affairs_register_date", fields.Date.context_today(self)
                )
        vehicles = super().create(vals_list)
        vehicles._affairs_check_quota()
        return vehicles

    def write(self, vals):
        if vals.get("active") and any(
            vehicle.affairs_state == "disposed" for vehicle in self
        ):
            raise UserError(
                self.env._("A disposed vehicle cannot be put back in service.")
            )
        old_keys = self._affairs_quota_keys() if QUOTA_FIELDS & vals.keys() else set()
        res = super().write(vals)
        if QUOTA_FIELDS & vals.keys():
            self._affairs_check_quota(old_keys)
        return res

    # ---- Actions ----
    def action_affairs_register(self):
        """Register the vehicles (登记在用): checks caps and the quota."""
        for vehicle in self:
            if vehicle.affairs_state != "draft":
                raise UserError(
                    self.env._(
                        "%s is already registered or disposed.", vehicle.display_name
                    )
                )
            if not vehicle.affairs_agency_id:
                raise UserError(
                    self.env._(
                        "Set the agency of %s before registering it.",
                        vehicle.display_name,
                    )
                )
            vehicle._affairs_check_caps()
        self.write(
            {
                "affairs_state": "registered",
                "affairs_register_date": fields.Date.context_today(self),
            }
        )
        return True

    def action_affairs_view_requests(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Trips"),
            "res_model": "affairs.vehicle.request",
            "view_mode": "list,calendar,form",
            "domain": [("vehicle_id", "=", self.id)],
            "context": {"default_vehicle_id": self.id},
        }

    # ---- Helpers ----
    def _affairs_quota_keys(self):
        return {
            (vehicle.affairs_agency_id.id, vehicle.affairs_vehicle_category)
            for vehicle in self
            if vehicle.affairs_agency_id and vehicle.affairs_vehicle_category
        }

    def _affairs_check_quota(self, extra_keys=()):
        """Refuse more registered vehicles than the quota allows."""
        keys = self._affairs_quota_keys() | set(extra_keys)
        if not keys:
            return
        self.flush_recordset()
        quotas = self.env["affairs.vehicle.quota"]._affairs_lock(keys)
        quotas._affairs_refresh_counts()
        by_key = {(quota.agency_id.id, quota.category): quota for quota in quotas}
        registered = self.filtered(
            lambda v: v.active and v.affairs_state == "registered"
        )
        for key in registered._affairs_quota_keys():
            quota = by_key.get(key)
            if not quota or quota.actual_count > quota.quota:
                raise ValidationError(self._affairs_quota_message(key, quota))

    def _affairs_quota_message(self, key, quota):
        # sudo: the agency's name, for the message only.
        agency = self.env["hr.department"].browse(key[0]).sudo()
        labels = dict(
            self._fields["affairs_vehicle_category"]._description_selection(self.env)
        )
        if not quota:
            return self.env._(
                "%(agency)s has no vehicle quota for %(category)s: ask the bureau "
                "to set one before registering the vehicle.",
                agency=agency.name,
                category=labels[key[1]],
            )
        return self.env._(
            "Vehicle quota exceeded: %(agency)s may have %(quota)s vehicles of "
            "%(category)s and this would make %(count)s.",
            agency=agency.name,
            category=labels[key[1]],
            quota=quota.quota,
            count=quota.actual_count,
        )
