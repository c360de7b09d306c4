# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError


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
