# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)

OVER_STANDARD_RULE = "property_office_over_standard"


class AffairsSpaceRequest(models.Model):
    """Allocate (配置), adjust (调剂) or vacate (腾退) office rooms of an agency.

    On completion the rooms take the requested agency and occupants (or are
    freed) and the room assignment history records the change. A request
    that would leave an office over standard needs a manager's exception.
    """

    _name = "affairs.space.request"
    _description = "Office Space Request"
    _inherit = ["affairs.approval.mixin", "affairs.exception.mixin"]
    _affairs_sequence_code = "affairs.space.request"
    _order = "id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "date_done",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    request_type = fields.Selection(
        [
            ("allocate", "Allocate (配置)"),
            ("adjust", "Adjust (调剂)"),
            ("vacate", "Vacate (腾退)"),
        ],
        required=True,
        default="allocate",
        tracking=True,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
        check_company=True,
    )
    requester_id = fields.Many2one(
        "hr.employee",
        string="Requester",
        default=lambda self: self.env.user.employee_id,
        tracking=True,
        check_company=True,
    )
    reason = fields.Text(required=True)
    line_ids = fields.One2many(
        "affairs.space.request.line", "request_id", string="Rooms", copy=True
    )
    state = fields.Selection(
        approval_states(("done", "Done")),
        default="draft",
        required=True,
        tracking=True,
        group_expand="_affairs_group_expand_states",
        index=True,
        copy=False,
    )
    date_done = fields.Date(string="Completed On", readonly=True, copy=False)
    total_area = fields.Float(
        string="Usable Area (m²)", compute="_compute_totals", digits=(10, 2)
    )
    entitled_area = fields.Float(
        string="Entitled Area (m²)", compute="_compute_totals", digits=(10, 2)
    )
    is_over_standard = fields.Boolean(string="Over Standard", compute="_compute_totals")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends(
        "line_ids.usable_area", "line_ids.entitled_area", "line_ids.is_over_standard"
    )
    def _compute_totals(self):
        for request in self:
            request.total_area = sum(request.line_ids.mapped("usable_area"))
            request.entitled_area = sum(request.line_ids.mapped("entitled_area"))
            request.is_over_standard = any(request.line_ids.mapped("is_over_standard"))

    # ------------------------------------------------------------------
    # Approval hooks
    # ------------------------------------------------------------------
    def _affairs_check_submit(self):
        self.ensure_one()
        if not self.line_ids:
            raise UserError(self.env._("Add at least one room to %s.", self.name))
        self.line_ids._affairs_check_rooms()
        self._affairs_check_standard()

    def _affairs_check_standard(self):
        self.ensure_one()
        over = self.line_ids.filtered("is_over_standard")
        self._affairs_check_rule(
            OVER_STANDARD_RULE,
            bool(over),
            self.env._(
                "These offices would be over the area standard: %(rooms)s.",
                rooms=", ".join(
                    f"{line.room_id.display_name} (+{line.over_area:.2f} m²)"
                    for line in over
                ),
            ),
        )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_done(self):
        """Carry out an approved request: rooms change hands, history kept."""
        self._affairs_check_desk()
        for request in self:
            if request.state != "approved":
                raise UserError(
                    self.env._("Only an approved request can be carried out.")
                )
            # Two requests cannot take the same room at once.
            request.line_ids.room_id._affairs_lock_rows()
            request.line_ids._affairs_check_rooms()
            request._affairs_check_standard()
            request.line_ids._affairs_apply()
        self._affairs_transition_write(
            {"state": "done", "date_done": fields.Date.context_today(self)}
        )
        return True

    def action_grant_over_standard_exception(self):
        """Open the grant wizard on the over-standard office rule (managers)."""
        return self.action_affairs_open_grant_exception(OVER_STANDARD_RULE)
