# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from .bulk_insert import MAGIC_COLUMNS, insert_rows


class MaintenanceRequest(models.Model):
    _inherit = "maintenance.request"

    # Dispatch centre (统一调度): where the request came from
    affairs_service_request_id = fields.Many2one(
        "affairs.service.request",
        string="Service Request",
        index="btree_not_null",
        readonly=True,
        copy=False,
    )
    affairs_owner_id = fields.Many2one(
        "res.users",
        string="First Responsible",
        readonly=True,
        copy=False,
        tracking=True,
        help="The desk officer who accepted the service request (首问负责人): "
        "they answer for it until it is closed.",
    )
    affairs_deadline = fields.Datetime(
        string="Promised By", readonly=True, copy=False, tracking=True
    )
    affairs_is_overdue = fields.Boolean(
        string="Overdue", compute="_compute_affairs_is_overdue"
    )
    affairs_requester_user_id = fields.Many2one(
        related="affairs_service_request_id.requester_user_id",
        store=True,
        string="Requester",
    )
    affairs_agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_affairs_agency_id",
        store=True,
        readonly=False,
        index=True,
        domain=[("is_affairs_agency", "=", True)],
    )
    affairs_building = fields.Char(
        related="equipment_id.affairs_building", store=True, string="Building"
    )
    # Preventive plans
    affairs_plan_id = fields.Many2one(
        "affairs.maintenance.plan",
        string="Plan",
        index="btree_not_null",
        readonly=True,
        copy=False,
        ondelete="set null",
    )
    affairs_kind_id = fields.Many2one(
        "affairs.maintenance.kind", string="Maintenance Kind"
    )
    affairs_meter_at = fields.Float(
        string="Counter Threshold", readonly=True, copy=False
    )
    affairs_check_line_ids = fields.One2many(
        "affairs.maintenance.check.line", "request_id", string="Checklist", copy=True
    )
    affairs_result = fields.Text(string="Result")
    # Times and costs
    affairs_reported_at = fields.Datetime(
        string="Reported At", default=fields.Datetime.now, copy=False
    )
    affairs_repaired_at = fields.Datetime(
        string="Repaired At", readonly=True, copy=False
    )
    affairs_repair_hours = fields.Float(
        string="Repair Time (h)",
        compute="_compute_affairs_repair_hours",
        store=True,
        aggregator="avg",
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    affairs_parts_cost = fields.Monetary(string="Parts Cost")
    affairs_labour_hours = fields.Float(string="Labour (h)")
    affairs_labour_rate = fields.Monetary(string="Labour Rate (per h)")
    affairs_labour_cost = fields.Monetary(
        string="Labour Cost", compute="_compute_affairs_costs", store=True
    )
    affairs_total_cost = fields.Monetary(
        string="Total Cost", compute="_compute_affairs_costs", store=True
    )
    affairs_rating = fields.Selection(
        related="affairs_service_request_id.rating", string="Satisfaction"
    )
    affairs_rating_value = fields.Float(
        related="affairs_service_request_id.rating_value",
        store=True,
        string="Satisfaction Score",
        aggregator="avg",
    )

    _affairs_costs_positive = models.Constraint(
        "CHECK(affairs_parts_cost >= 0 AND affairs_labour_hours >= 0 "
        "AND affairs_labour_rate >= 0)",
        "Costs and labour hours cannot be negative.",
    )

    @api.depends("affairs_deadline", "affairs_repaired_at")
    def _compute_affairs_is_overdue(self):
        now = fields.Datetime.now()
        for request in self:
            end = request.affairs_repaired_at or now
            request.affairs_is_overdue = bool(
                request.affairs_deadline and end > request.affairs_deadline
            )

    @api.depends("equipment_id", "affairs_service_request_id")
    def _compute_affairs_agency_id(self):
        for request in self:
            request.affairs_agency_id = (
                request.affairs_service_request_id.agency_id
                or request.equipment_id.affairs_agency_id
                or request.affairs_agency_id
            )

    @api.depends("affairs_reported_at", "affairs_repaired_at")
    def _compute_affairs_repair_hours(self):
        for request in self:
            if request.affairs_reported_at and request.affairs_repaired_at:
                delta = request.affairs_repaired_at - request.affairs_reported_at
                request.affairs_repair_hours = max(delta.total_seconds() / 3600.0, 0.0)
            else:
                request.affairs_repair_hours = 0.0

    @api.depends("affairs_parts_cost", "affairs_labour_hours", "affairs_labour_rate")
    def _compute_affairs_costs(self):
        for request in self:
            labour = request.affairs_labour_hours * request.affairs_labour_rate
            request.affairs_labour_cost = labour
            request.affairs_total_cost = labour + request.affairs_parts_cost

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.context.get("affairs_batch_followers"):
            return super().create(vals_list)
        # Generated in bulk: followers are added per group of owners below,
        # not one subscription per request.
        requests = super(
            MaintenanceRequest, self.with_context(affairs_skip_followers=True)
        ).create(vals_list)
        requests.with_context(affairs_skip_followers=False)._add_followers()
        return requests

    def write(self, vals):
        done_before = {request.id for request in self if request.stage_id.done}
        res = super().write(vals)
        if "stage_id" in vals:
            closed = self.filtered(
                lambda r: r.stage_id.done and r.id not in done_before
            )
            closed._affairs_on_repaired()
        return res

    def _add_followers(self):
        if self.env.context.get("affairs_skip_followers"):
            return
        by_partners = defaultdict(lambda: self.browse())
        for request in self:
            partners = request.owner_user_id.partner_id | request.user_id.partner_id
            by_partners[partners] |= request
        for partners, requests in by_partners.items():
            if partners:
                requests.message_subscribe(partner_ids=partners.ids)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_affairs_done(self):
        """Close the repair: the request moves to the first done stage."""
        stage = self.env["maintenance.stage"].search([("done", "=", True)], limit=1)
        if not stage:
            raise UserError(self.env._("Configure a maintenance stage marked done."))
        for request in self:
            if request.stage_id.done:
                raise UserError(
                    self.env._("%(name)s is already done.", name=request.display_name)
                )
            if (
                request.maintenance_type == "corrective"
                and request.equipment_id
                and (not request.user_id)
            ):
                raise UserError(
                    self.env._(
                        "Assign a technician to %(name)s before closing it.",
                        name=request.display_name,
                    )
                )
        self.write({"stage_id": stage.id})
        return True

    def action_affairs_rate(self, rating, comment=False):
        """The requester rates the repair (on its service request)."""
        self.ensure_one()
        if not self.affairs_service_request_id:
            raise UserError(
                self.env._("Only repairs reported to the service desk are rated.")
            )
        return self.affairs_service_request_id.action_rate(rating, comment)

    def action_affairs_open_service_request(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "affairs.service.request",
            "res_id": self.affairs_service_request_id.id,
            "view_mode": "form",
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    @api.model
    def _affairs_create_planned(self, vals_list):
        """Create the preventive requests of ``vals_list`` in a fixed number of
        queries, whatever their number; return them in the order of the list.

        The preventive plans generate a year of requests for thousands of
        equipment items at once (the daily job, the yearly planning). The
        ORM's create costs queries per batch of 100 rows (the inserts, then
        the computed columns of each batch, the checklist lines, followers
        and activities), some 8.5 queries per 100 requests. Like the batch
        asset load of affairs_property, this mass generation writes its rows
        in one statement per table, without chatter (no creation message, no
        activity: the requests have no scheduled date yet):

        * the requests, each with every stored value create() would set: the
          values given, the defaults (computed once for all rows) and the
          computed columns (category, building, technician, zero costs);
        * their checklist lines (``affairs_check_line_ids`` creation commands);
        * the followers create() subscribes (owner and technician), with the
          default subtypes;
        * the request counts of their equipment, recounted.

        Stored computed fields this method does not know (added by another
        module) are left to the ORM's recomputation, so that they are right,
        if not in constant queries. ``vals_list`` takes the same values as
        create() (``maintenance_team_id`` and ``stage_id`` included).
        """
        if not vals_list:
            return self.browse()
        self.check_access("create")
        self.env.flush_all()
        vals_list = [dict(vals) for vals in vals_list]
        line_commands = [vals.pop("affairs_check_line_ids", []) for vals in vals_list]
        rows = self._affairs_planned_rows(vals_list)
        requests = self.browse(insert_rows(self, rows))
        self._affairs_insert_check_lines(requests, rows, line_commands)
        requests._affairs_bulk_subscribe(rows)
        self.env["maintenance.equipment"].browse(
            sorted({row["equipment_id"] for row in rows if row.get("equipment_id")})
        )._affairs_recount_requests()
        self.env.invalidate_all()
        requests.check_access("create")
        self._affairs_recompute_unknown(requests, rows)
        return requests

    @api.model
    def _affairs_planned_rows(self, vals_list):
        """The column values of the requests of ``vals_list`` (see above)."""
        columns = [
            name
            for name, field in self._fields.items()
            if field.store and field.column_type and name not in ("id", *MAGIC_COLUMNS)
        ]
        given = set().union(*vals_list)
        defaults = self.default_get([name for name in columns if name not in given])
        equipment = self.env["maintenance.equipment"].browse(
            {vals["equipment_id"] for vals in vals_list if vals.get("equipment_id")}
        )
        equipment.fetch(
            [
                "category_id",
                "affairs_building",
                "affairs_agency_id",
                "technician_user_id",
                *(["equipment_assign_to"] if self._affairs_owner_computed() else []),
            ]
        )
        equipment.category_id.fetch(["technician_user_id"])
        users = equipment.technician_user_id | equipment.category_id.technician_user_id
        users.fetch(["company_ids"])
        rows = []
        for vals in vals_list:
            row = dict(defaults, **vals)
            for name, value in self._affairs_planned_computed(row, equipment).items():
                field = self._fields[name]
                # as create(): a value given for an editable computed field
                # is kept, the others are computed
                if name not in row or (field.readonly and not field.precompute):
                    row[name] = value
            rows.append(
                {
                    name: self._fields[name].convert_to_column(value, self)
                    for name, value in row.items()
                }
            )
        return rows

    def _affairs_owner_computed(self):
        """hr_maintenance computes the owner (the employee's user)."""
        return bool(self._fields["owner_user_id"].compute)

    @api.model
    def _affairs_planned_computed(self, row, equipment):
        """The stored computed values create() would set for ``row``: those
        of maintenance, hr_maintenance and this module, for a request of a
        plan (no service request, no schedule date, no cost yet)."""
        item = equipment.browse(row.get("equipment_id"))
        technician = item.technician_user_id or item.category_id.technician_user_id
        if row["company_id"] not in technician.company_ids.ids:
            technician = technician.browse()
        schedule = fields.Datetime.to_datetime(row.get("schedule_date"))
        computed = {
            "category_id": item.category_id.id,
            "affairs_building": item.affairs_building,
            "user_id": technician.id,
            "affairs_agency_id": item.affairs_agency_id.id,
            "recurring_maintenance": False,
            "schedule_end": schedule and schedule + relativedelta(hours=1),
            "duration": 1.0 if schedule else 0.0,
            "affairs_requester_user_id": False,
            "affairs_rating_value": 0.0,
            "affairs_repair_hours": 0.0,
            "affairs_labour_cost": 0.0,
            "affairs_total_cost": 0.0,
        }
        if self._affairs_owner_computed():
            employee = self.env["hr.employee"].browse(row.get("employee_id"))
            computed["owner_user_id"] = (
                item.equipment_assign_to == "employee" and employee.user_id.id
            )
        return computed

    @api.model
    def _affairs_insert_check_lines(self, requests, rows, line_commands):
        Line = self.env["affairs.maintenance.check.line"]
        if any(line_commands):
            Line.check_access("create")
        defaults = Line.default_get(["sequence"])
        line_rows = [
            dict(
                defaults,
                **command[2],
                request_id=request.id,
                company_id=row["company_id"],
            )
            for request, row, commands in zip(
                requests, rows, line_commands, strict=True
            )
            for command in commands
            if command[0] == fields.Command.CREATE
        ]
        insert_rows(Line, line_rows)

    def _affairs_bulk_subscribe(self, rows):
        """Subscribe the owner, technician and employee's user of each new
        request (as create() does, with hr_maintenance) in two statements:
        followers, then their subtypes."""
        users = self.env["res.users"].browse(
            {
                row[name]
                for row in rows
                for name in ("owner_user_id", "user_id")
                if row.get(name)
            }
        )
        employees = self.env["hr.employee"].browse(
            {row["employee_id"] for row in rows if row.get("employee_id")}
        )
        partner_of = {user.id: user.partner_id.id for user in users}
        employee_partner = {
            employee.id: employee.user_id.partner_id.id for employee in employees
        }
        pairs = sorted(
            {
                (request.id, partner)
                for request, row in zip(self, rows, strict=True)
                for partner in (
                    partner_of.get(row.get("owner_user_id")),
                    partner_of.get(row.get("user_id")),
                    employee_partner.get(row.get("employee_id")),
                )
                if partner
            }
        )
        partner_ids = {pair[1] for pair in pairs}
        if not pairs:
            return
        self.env.cr.execute(
            SQL(
                """INSERT INTO mail_followers (res_model, res_id, partner_id)
                   SELECT %s, f.res_id, f.partner_id
                     FROM unnest(%s::int[], %s::int[]) AS f(res_id, partner_id)
                ON CONFLICT DO NOTHING
                RETURNING id, partner_id""",
                self._name,
                [pair[0] for pair in pairs],
                [pair[1] for pair in pairs],
            )
        )
        followers = self.env.cr.fetchall()
        default, _internal, external = self.env[
            "mail.message.subtype"
        ].default_subtypes(self._name)
        # sudo: whether a follower is a portal/share partner decides its
        # subtypes (as mail's own subscription does), whoever generates.
        customers = set(
            self.env["res.partner"]
            .sudo()
            .search([("id", "in", list(partner_ids)), ("partner_share", "=", True)])
            .ids
        )
        links = [
            (follower, subtype)
            for follower, partner in followers
            for subtype in (external if partner in customers else default).ids
        ]
        self.env.cr.execute(
            SQL(
                """INSERT INTO mail_followers_mail_message_subtype_rel
                          (mail_followers_id, mail_message_subtype_id)
                   SELECT * FROM unnest(%s::int[], %s::int[])""",
                [link[0] for link in links],
                [link[1] for link in links],
            )
        )

    @api.model
    def _affairs_recompute_unknown(self, requests, rows):
        """Recompute by the ORM the stored computed fields left out of the rows."""
        given = set().union(*rows)
        missing = [
            field
            for name, field in self._fields.items()
            if field.store and field.compute and name not in given
        ]
        for field in missing:
            self.env.add_to_compute(field, requests)
        if missing:
            requests.flush_recordset([field.name for field in missing])

    def _affairs_on_repaired(self):
        """Record the repair time and close the service requests behind."""
        now = fields.Datetime.now()
        # affairs_repaired_at is readonly in the views, written here only.
        self.filtered(lambda r: not r.affairs_repaired_at).write(
            {"affairs_repaired_at": now}
        )
        # sudo: the technician closing the repair may not read the service
        # requests of the agencies they repair for; only their state moves,
        # through the approval mechanism's door.
        self.sudo().affairs_service_request_id._affairs_close_by_repair()
