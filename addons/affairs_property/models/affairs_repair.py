# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)


class AffairsRepair(models.Model):
    """A repair project (维修) of a building or some of its rooms.

    The approval steps depend on the budget (tier definitions shipped as
    data). While the works run, the rooms are under repair and cannot be
    allocated.
    """

    _name = "affairs.repair"
    _description = "Repair Project"
    _inherit = ["affairs.approval.mixin"]
    _affairs_sequence_code = "affairs.repair"
    _order = "id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "date_start",
        "date_end",
    )
    # The desk records the contractor and the actual cost of the works.
    _affairs_desk_fields = ("vendor_id", "cost")

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    title = fields.Char(string="Project", required=True, tracking=True)
    building_id = fields.Many2one(
        "affairs.building", required=True, index=True, tracking=True, check_company=True
    )
    room_ids = fields.Many2many(
        "affairs.room",
        "affairs_repair_room_rel",
        "repair_id",
        "room_id",
        string="Rooms",
        domain="[('building_id', '=', building_id)]",
        check_company=True,
    )
    repair_type = fields.Selection(
        [
            ("routine", "Routine (日常维修)"),
            ("medium", "Medium (中修)"),
            ("major", "Major (大修)"),
        ],
        required=True,
        default="routine",
        tracking=True,
    )
    description = fields.Html()
    requester_id = fields.Many2one(
        "hr.employee",
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    vendor_id = fields.Many2one(
        "res.partner", string="Contractor", tracking=True, check_company=True
    )
    budget = fields.Monetary(required=True, tracking=True)
    cost = fields.Monetary(string="Actual Cost", tracking=True, copy=False)
    date_start = fields.Date(string="Works Start", copy=False, readonly=True)
    date_end = fields.Date(string="Works End", copy=False, readonly=True)
    state = fields.Selection(
        approval_states(("in_progress", "Works Running"), ("done", "Done")),
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _budget_positive = models.Constraint(
        "CHECK(budget > 0)", "The budget of a repair must be positive."
    )
    _cost_positive = models.Constraint(
        "CHECK(cost IS NULL OR cost >= 0)", "The cost of a repair cannot be negative."
    )

    @api.constrains("room_ids", "building_id")
    def _check_rooms(self):
        for repair in self:
            if repair.room_ids.building_id - repair.building_id:
                raise ValidationError(
                    self.env._("The rooms of a repair must be in its building.")
                )

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.repair_type != "routine" and not self.description:
            raise UserError(
                self.env._("Describe the works of a medium or major repair.")
            )

    def _affairs_budget_values(self):
        # Budget control (affairs_base hook): 30213 维修(护)费 of the agency
        # using the rooms, else of the requester's agency.
        return [
            {
                "record": repair,
                "agency": repair.room_ids.agency_id[:1]
                or repair.requester_id.department_id.affairs_agency_id,
                "classification": "30213",
                "date": (repair.approved_date or repair.create_date).date(),
                "amount": repair.budget,
            }
            for repair in self
        ]

    def action_start(self):
        """Start the works: the rooms are under repair."""
        self._affairs_check_desk()
        for repair in self:
            if repair.state != "approved":
                raise UserError(self.env._("Only an approved repair can start."))
        # sudo: the repair desk may not write rooms; only their state follows the works.
        self.room_ids.sudo().write({"state": "repair"})
        self._affairs_transition_write(
            {"state": "in_progress", "date_start": fields.Date.context_today(self)}
        )
        return True

    def action_done(self):
        """Finish the works with their actual cost; the rooms are usable again."""
        self._affairs_check_desk()
        for repair in self:
            if repair.state != "in_progress":
                raise UserError(self.env._("Only running works can be finished."))
            if not repair.cost:
                raise UserError(self.env._("Enter the actual cost of %s.", repair.name))
        # sudo: releasing the rooms is part of closing the works.
        rooms = self.room_ids.sudo()
        rooms.filtered("agency_id").write({"state": "occupied"})
        rooms.filtered(lambda room: not room.agency_id).write({"state": "free"})
        self._affairs_transition_write(
            {"state": "done", "date_end": fields.Date.context_today(self)}
        )
        return True
