# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class AffairsServiceRequest(models.Model):
    _inherit = "affairs.service.request"

    affairs_equipment_id = fields.Many2one(
        "maintenance.equipment",
        string="Equipment",
        index="btree_not_null",
        tracking=True,
        help="The equipment out of order, for a repair request.",
    )
    affairs_maintenance_ids = fields.One2many(
        "maintenance.request", "affairs_service_request_id", string="Repairs"
    )
    affairs_maintenance_count = fields.Integer(
        compute="_compute_affairs_maintenance_count"
    )

    def _compute_affairs_maintenance_count(self):
        counts = dict(
            self.env["maintenance.request"]._read_group(
                [("affairs_service_request_id", "in", self.ids)],
                ["affairs_service_request_id"],
                ["__count"],
            )
        )
        for request in self:
            request.affairs_maintenance_count = counts.get(request, 0)

    @api.onchange("affairs_equipment_id")
    def _onchange_affairs_equipment_id(self):
        equipment = self.affairs_equipment_id
        if equipment and not self.location:
            parts = [
                equipment.affairs_building,
                equipment.affairs_floor,
                equipment.affairs_room,
            ]
            self.location = " ".join(part for part in parts if part) or False

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_affairs_dispatch_repair(self):
        """Dispatch centre: turn the repair request into a maintenance request.

        The dispatcher accepting a request nobody has accepted yet becomes
        its first responsible (首问负责); the maintenance request keeps that
        owner and the promised deadline of the service request.
        """
        if not self.env.user.has_group("affairs_facility.group_facility_dispatch"):
            raise AccessError(
                self.env._("Only the dispatch centre dispatches repairs.")
            )
        self.filtered(lambda r: r.state == "approved").action_accept()
        for request in self:
            if request.state != "in_progress":
                raise UserError(
                    self.env._(
                        "%(name)s is not in progress: it cannot be dispatched.",
                        name=request.name,
                    )
                )
            if request.affairs_maintenance_ids.filtered(lambda m: not m.stage_id.done):
                raise UserError(
                    self.env._(
                        "%(name)s already has an open repair.", name=request.name
                    )
                )
        repairs = self.env["maintenance.request"].create(
            [request._affairs_prepare_repair_vals() for request in self]
        )
        if len(repairs) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "maintenance.request",
                "res_id": repairs.id,
                "view_mode": "form",
            }
        return {
            "type": "ir.actions.act_window",
            "res_model": "maintenance.request",
            "view_mode": "list,form",
            "domain": [("id", "in", repairs.ids)],
        }

    def action_affairs_open_repairs(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Repairs"),
            "res_model": "maintenance.request",
            "view_mode": "list,form",
            "domain": [("affairs_service_request_id", "=", self.id)],
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _affairs_prepare_repair_vals(self):
        self.ensure_one()
        equipment = self.affairs_equipment_id
        vals = {
            "name": self.title,
            "description": self.description,
            "maintenance_type": "corrective",
            "equipment_id": equipment.id,
            "affairs_service_request_id": self.id,
            "affairs_owner_id": self.handler_id.id,
            "owner_user_id": self.handler_id.id,
            "affairs_deadline": self.deadline,
            "affairs_reported_at": self.submitted_date or fields.Datetime.now(),
            "affairs_agency_id": self.agency_id.id,
            "company_id": self.company_id.id,
            "priority": "2",
        }
        if equipment.maintenance_team_id:
            vals["maintenance_team_id"] = equipment.maintenance_team_id.id
        return vals

    def _affairs_close_by_repair(self):
        """The repair is done: so is the service request it came from.

        Written through the approval mechanism's door (the technician is not
        the request's handler); the requester gets the activity to rate it.
        """
        open_requests = self.filtered(lambda r: r.state == "in_progress")
        if not open_requests:
            return
        open_requests._affairs_transition_write(
            {"state": "done", "date_done": fields.Datetime.now()}
        )
        for request in open_requests.filtered("requester_user_id"):
            request.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=request.requester_user_id.id,
                summary=self.env._("Rate the service %s", request.name),
            )
