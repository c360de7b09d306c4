# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
)

from .affairs_vehicle_request import BOOKED_STATES

DISPOSAL_TYPES = [
    ("scrap", "Scrapping (报废)"),
    ("transfer", "Reallocation / Transfer (调剂)"),
    ("auction", "Public Auction (拍卖)"),
]


class AffairsVehicleDisposal(models.Model):
    """Renewal or disposal of an official vehicle (更新 / 报废).

    A vehicle not yet eligible under the lifecycle rules (years in service
    or mileage) can be disposed of only with a manager's exception. Once
    done the vehicle leaves service, its quota place is freed and its
    history (trips, costs, odometers) stays.
    """

    _name = "affairs.vehicle.disposal"
    _description = "Vehicle Disposal"
    _inherit = ["affairs.approval.mixin", "affairs.exception.mixin"]
    _affairs_sequence_code = "affairs.vehicle.disposal"
    _order = "id desc"
    _check_company_auto = True
    _affairs_workflow_fields = (
        *AffairsApprovalMixin._affairs_workflow_fields,
        "date_done",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    vehicle_id = fields.Many2one(
        "fleet.vehicle",
        string="Vehicle",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
    )
    agency_id = fields.Many2one(
        related="vehicle_id.affairs_agency_id", store=True, string="Agency", index=True
    )
    disposal_type = fields.Selection(
        DISPOSAL_TYPES, required=True, default="scrap", tracking=True
    )
    reason = fields.Text(required=True)
    is_renewal = fields.Boolean(
        string="Replace with a New Vehicle", help="更新: a replacement will be bought."
    )
    renewal_eligible = fields.Boolean(
        related="vehicle_id.affairs_renewal_eligible", string="Eligible"
    )
    years_in_service = fields.Float(related="vehicle_id.affairs_years_in_service")
    odometer = fields.Float(related="vehicle_id.odometer", string="Odometer")
    proceeds = fields.Float(string="Proceeds (CNY)", help="Handed to the treasury.")
    recipient = fields.Char(string="Recipient / Buyer")
    date_done = fields.Date(string="Completed On", readonly=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Waiting Approval"),
            ("approved", "Approved"),
            ("done", "Done"),
            ("rejected", "Rejected"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
    )

    _proceeds_positive = models.Constraint(
        "CHECK(proceeds >= 0)", "Proceeds cannot be negative."
    )

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.vehicle_id.affairs_state != "registered":
            raise UserError(
                self.env._(
                    "%s is not a vehicle in service.", self.vehicle_id.display_name
                )
            )
        self._affairs_check_rule(
            "fleet_early_disposal",
            not self.vehicle_id.affairs_renewal_eligible,
            self.env._(
                "%(vehicle)s is not yet eligible for renewal or disposal "
                "(%(years).1f years, %(km).0f km).",
                vehicle=self.vehicle_id.display_name,
                years=self.vehicle_id.affairs_years_in_service,
                km=self.vehicle_id.odometer,
            ),
        )

    def action_submit(self):
        self.invalidate_recordset(["review_ids", "need_validation"])
        res = super().action_submit()
        # need_validation and review_ids stay cached across the submit.
        self.invalidate_recordset(["review_ids", "need_validation"])
        return res

    def action_approve(self):
        self.invalidate_recordset(
            ["review_ids", "need_validation", "can_review", "reviewer_ids"]
        )
        return super().action_approve()

    def action_done(self):
        """Complete the disposal: the vehicle leaves service for good."""
        if not self._affairs_is_desk_user():
            raise UserError(self.env._("Only the affairs desk completes disposals."))
        for disposal in self:
            if disposal.state != "approved":
                raise UserError(self.env._("%s is not approved.", disposal.name))
        booked = self.env["affairs.vehicle.request"].search_count(
            [("vehicle_id", "in", self.vehicle_id.ids), ("state", "in", BOOKED_STATES)]
        )
        if booked:
            raise UserError(
                self.env._("The vehicle is still dispatched: record its return first.")
            )
        today = fields.Date.context_today(self)
        self._affairs_transition_write({"state": "done", "date_done": today})
        self.vehicle_id.write(
            {
                "affairs_state": "disposed",
                "affairs_disposal_date": today,
                "active": False,
            }
        )
        return True
