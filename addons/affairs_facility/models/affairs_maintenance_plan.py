# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import math
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

UNITS = [("day", "Days"), ("week", "Weeks"), ("month", "Months"), ("year", "Years")]


class AffairsMaintenancePlan(models.Model):
    """A preventive maintenance plan of one equipment item.

    By time: a request every ``interval`` ``interval_unit`` from the start
    date, generated ``horizon_days`` ahead. By meter: a request each time the
    equipment's counter (running hours, cycles) comes within ``meter_lead``
    of the next multiple of ``meter_interval`` after ``meter_start``.

    What was generated is the plan's memory: the next date (or threshold) is
    computed from its requests, so a plan holds no counter of its own.
    """

    _name = "affairs.maintenance.plan"
    _description = "Preventive Maintenance Plan"
    _inherit = ["mail.thread"]
    _order = "equipment_id, id"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    equipment_id = fields.Many2one(
        "maintenance.equipment",
        required=True,
        index=True,
        ondelete="cascade",
    )
    kind_id = fields.Many2one(
        "affairs.maintenance.kind", string="Maintenance Kind", required=True
    )
    trigger = fields.Selection(
        [("time", "By Time"), ("meter", "By Meter")],
        required=True,
        default="time",
        tracking=True,
    )
    interval = fields.Integer(string="Every", default=1)
    interval_unit = fields.Selection(UNITS, string="Unit", default="month")
    start_date = fields.Date(required=True, default=fields.Date.context_today)
    horizon_days = fields.Integer(
        string="Generate Ahead (days)",
        default=30,
        help="Requests are generated for the due dates within this many days.",
    )
    meter_interval = fields.Float(string="Every (counter)")
    meter_start = fields.Float(string="Counter at Start")
    meter_lead = fields.Float(
        string="Generate Ahead (counter)",
        help="A request is generated when the counter is this close to the "
        "next threshold.",
    )
    meter_unit = fields.Selection(related="equipment_id.affairs_meter_unit")
    team_id = fields.Many2one("maintenance.team", string="Team", check_company=True)
    technician_id = fields.Many2one("res.users", string="Technician")
    duration = fields.Float(string="Duration (h)")
    company_id = fields.Many2one(
        related="equipment_id.company_id", store=True, string="Company"
    )
    request_ids = fields.One2many(
        "maintenance.request", "affairs_plan_id", string="Requests"
    )
    next_date = fields.Date(compute="_compute_next", store=True, string="Next Due")
    next_meter = fields.Float(
        compute="_compute_next", store=True, string="Next Threshold"
    )
    request_count = fields.Integer(compute="_compute_request_count")

    _interval_positive = models.Constraint(
        "CHECK(interval > 0)", "The interval of a plan must be positive."
    )
    _meter_interval_positive = models.Constraint(
        "CHECK(trigger != 'meter' OR meter_interval > 0)",
        "A plan by meter needs a positive counter interval.",
    )
    _horizon_positive = models.Constraint(
        "CHECK(horizon_days >= 0 AND meter_lead >= 0)",
        "How far ahead requests are generated cannot be negative.",
    )

    @api.depends(
        "trigger",
        "interval",
        "interval_unit",
        "start_date",
        "meter_start",
        "meter_interval",
        "request_ids.request_date",
        "request_ids.affairs_meter_at",
    )
    def _compute_next(self):
        last = {}
        if self.ids:
            last = {
                plan: (day, meter)
                for plan, day, meter in self.env["maintenance.request"]._read_group(
                    [("affairs_plan_id", "in", self.ids)],
                    ["affairs_plan_id"],
                    ["request_date:max", "affairs_meter_at:max"],
                )
            }
        for plan in self:
            plan.next_date, plan.next_meter = plan._affairs_next_after(
                *last.get(plan, (False, False))
            )

    def _affairs_next_after(self, day, meter):
        """(next due date, next threshold) after the last request's date and
        counter threshold (False when none)."""
        self.ensure_one()
        if self.trigger == "time":
            return (day + self._delta() if day else self.start_date), 0.0
        return False, (meter or self.meter_start) + self.meter_interval

    def _compute_request_count(self):
        counts = dict(
            self.env["maintenance.request"]._read_group(
                [("affairs_plan_id", "in", self.ids)], ["affairs_plan_id"], ["__count"]
            )
        )
        for plan in self:
            plan.request_count = counts.get(plan, 0)

    @api.constrains("trigger", "equipment_id")
    def _check_meter_unit(self):
        for plan in self:
            if plan.trigger == "meter" and not plan.equipment_id.affairs_meter_unit:
                raise ValidationError(
                    self.env._(
                        "%(equipment)s has no counter: set its counter unit "
                        "(running hours or cycles) before planning by meter.",
                        equipment=plan.equipment_id.display_name,
                    )
                )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_generate(self):
        """Generate the requests now due (the daily job does the same)."""
        requests = self._affairs_generate()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Preventive Requests"),
            "res_model": "maintenance.request",
            "view_mode": "list,form",
            "domain": [("id", "in", requests.ids)],
        }

    def action_open_requests(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Requests"),
            "res_model": "maintenance.request",
            "view_mode": "list,form",
            "domain": [("affairs_plan_id", "=", self.id)],
        }

    # ------------------------------------------------------------------
    # Generation
    # ------------------------------------------------------------------
    @api.model
    def _cron_generate(self):
        """Daily: the preventive requests of every active plan now due."""
        self.search([("equipment_id.active", "=", True)])._affairs_generate()

    def _affairs_generate(self, until=None):
        """Create the requests due, in one batch for all plans of ``self``.

        By time, up to ``until`` (default: each plan's horizon) and from
        today on (missed dates of the past are not made up); by meter, one
        request when the counter reached the threshold less the lead.

        The number of queries does not grow with the plans or requests: the
        plans and what their requests copy are read in one query per model
        (not by prefetch batches of 1,000), the requests are inserted by
        ``maintenance.request._affairs_create_planned`` and the plans' next
        due dates written in one UPDATE.
        """
        self._affairs_fetch_for_generation()
        today = fields.Date.context_today(self)
        vals_list = []
        for plan in self:
            if plan.trigger == "time":
                vals_list += plan._affairs_time_vals(
                    until or today + timedelta(days=plan.horizon_days), today
                )
            else:
                vals_list += plan._affairs_meter_vals(today)
        Request = self.env["maintenance.request"]
        if not vals_list:
            return Request
        # The default team and stage are searched once, not once per request.
        team, stage = Request._get_default_team_id(), Request._default_stage().id
        for vals in vals_list:
            vals.setdefault("maintenance_team_id", team)
            vals.setdefault("stage_id", stage)
        # the plans' next dates first: they are computed from the values
        # generated, while the plans are still in the cache
        self._affairs_store_next(vals_list)
        return Request._affairs_create_planned(vals_list)

    def _affairs_fetch_for_generation(self):
        """Read what generation uses in one query per model (a plain loop
        would read by prefetch batches of 1,000 records)."""
        self.fetch(
            [
                "trigger", "interval", "interval_unit", "start_date", "horizon_days",
                "meter_interval", "meter_start", "meter_lead", "next_date",
                "next_meter", "equipment_id", "kind_id", "team_id",
                "technician_id", "duration",
            ]
        )  # fmt: skip
        self.equipment_id.fetch(
            [
                "name", "company_id", "affairs_agency_id", "maintenance_team_id",
                "affairs_meter_value",
            ]
        )  # fmt: skip
        self.kind_id.fetch(["name", "checklist_item_ids"])
        self.kind_id.checklist_item_ids.fetch(["name", "sequence"])

    def _affairs_store_next(self, vals_list):
        """Write the next due date and threshold of the plans that generated
        ``vals_list`` in one UPDATE (the ORM writes by batches of 100)."""
        last = {}
        for vals in vals_list:
            day, meter = last.get(vals["affairs_plan_id"], (False, False))
            last[vals["affairs_plan_id"]] = (
                max(day, vals["request_date"]) if day else vals["request_date"],
                max(meter or 0.0, vals.get("affairs_meter_at") or 0.0) or False,
            )
        plans = self.browse(sorted(last))
        nexts = [plan._affairs_next_after(*last[plan.id]) for plan in plans]
        self.flush_model()
        self.env.cr.execute(
            SQL(
                """UPDATE affairs_maintenance_plan AS plan
                      SET next_date = v.next_date, next_meter = v.next_meter,
                          write_uid = %s, write_date = %s
                     FROM unnest(%s::int[], %s::date[], %s::float8[])
                          AS v(id, next_date, next_meter)
                    WHERE plan.id = v.id""",
                self.env.uid,
                self.env.cr.now(),
                plans.ids,
                [next_date or None for next_date, _meter in nexts],
                [next_meter for _date, next_meter in nexts],
            )
        )
        self.invalidate_model(
            ["next_date", "next_meter", "request_ids", "request_count"]
        )

    def _affairs_time_vals(self, until, today):
        self.ensure_one()
        day, vals_list = self.next_date, []
        while day and day <= until:
            if day >= today:
                vals_list.append(self._prepare_request_vals(day))
            day += self._delta()
        return vals_list

    def _affairs_meter_vals(self, today):
        self.ensure_one()
        counter = self.equipment_id.affairs_meter_value
        if counter < self.next_meter - self.meter_lead:
            return []
        # The threshold passed last (or the next one, within the lead): a
        # counter that jumped over several thresholds makes one request.
        passed = max(math.floor((counter - self.meter_start) / self.meter_interval), 1)
        threshold = max(
            self.meter_start + passed * self.meter_interval, self.next_meter
        )
        return [self._prepare_request_vals(today, meter_at=threshold)]

    def _delta(self):
        self.ensure_one()
        return relativedelta(
            **{f"{self.interval_unit or 'month'}s": self.interval or 1}
        )

    def _prepare_request_vals(self, day, meter_at=0.0):
        self.ensure_one()
        equipment = self.equipment_id
        vals = {
            "name": self.env._(
                "%(kind)s - %(equipment)s",
                kind=self.kind_id.name,
                equipment=equipment.name,
            ),
            "maintenance_type": "preventive",
            "equipment_id": equipment.id,
            "request_date": day,
            "company_id": equipment.company_id.id or self.env.company.id,
            "affairs_plan_id": self.id,
            "affairs_kind_id": self.kind_id.id,
            "affairs_meter_at": meter_at,
            "affairs_agency_id": equipment.affairs_agency_id.id,
            "duration": self.duration,
            "affairs_check_line_ids": [
                fields.Command.create({"name": item.name, "sequence": item.sequence})
                for item in self._affairs_in_user_lang().kind_id.checklist_item_ids
            ],
        }
        team = self.team_id or equipment.maintenance_team_id
        if team:
            vals["maintenance_team_id"] = team.id
        if self.technician_id:
            vals["user_id"] = self.technician_id.id
        return vals
