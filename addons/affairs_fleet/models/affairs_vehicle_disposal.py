# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    AffairsApprovalMixin,
    approval_states,
)

from .affairs_vehicle_request import BOOKED_STATES

DISPOSAL_TYPES = [
    ("scrap", "Scrapping (报废)"),
    ("transfer", "Reallocation / Transfer (调剂)"),
    ("auction", "Public Auction (拍卖)"),
]


class AffairsVehicleDisposal(models.Model):
    """Renewal or disposal of an official vehicle (更新 / 报废 / 调剂).

    A vehicle not yet eligible under the lifecycle rules (years in service
    or mileage) can be scrapped or auctioned only with a manager's
    exception. Once done the vehicle leaves service, its quota place is
    freed and its history (trips, costs, odometers) stays.

    A transfer (调剂) keeps the vehicle in service: it moves to the
    receiving agency, whose quota must have a free place. A renewal (更新)
    names the replacement vehicle, registered within the quota the
    disposed vehicle frees.
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
    # The desk names the replacement up to the completion.
    _affairs_desk_fields = ("replacement_vehicle_id",)

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
    # Stored from the vehicle when chosen, not related: a transfer moves the
    # vehicle to another agency and the disposal stays the giving agency's.
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_agency_id",
        store=True,
        index=True,
    )
    receiving_agency_id = fields.Many2one(
        "hr.department",
        string="Receiving Agency",
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        help="调剂: the agency the vehicle is transferred to.",
    )
    replacement_vehicle_id = fields.Many2one(
        "fleet.vehicle",
        string="Replacement Vehicle",
        tracking=True,
        check_company=True,
        copy=False,
        domain="[('affairs_state', '=', 'draft'), ('id', '!=', vehicle_id)]",
        help="更新: the new vehicle, registered when the disposal is completed.",
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
        approval_states(("done", "Done")),
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
    )

    _proceeds_positive = models.Constraint(
        "CHECK(proceeds >= 0)", "Proceeds cannot be negative."
    )

    @api.depends("vehicle_id")
    def _compute_agency_id(self):
        for disposal in self:
            disposal.agency_id = disposal.vehicle_id.affairs_agency_id

    @api.constrains("is_renewal", "replacement_vehicle_id", "disposal_type")
    def _check_replacement(self):
        for disposal in self:
            if disposal.replacement_vehicle_id and not disposal.is_renewal:
                raise ValidationError(
                    self.env._("Only a renewal (更新) has a replacement vehicle.")
                )

    @api.constrains("disposal_type", "receiving_agency_id", "is_renewal", "vehicle_id")
    def _check_transfer(self):
        for disposal in self:
            if disposal.disposal_type != "transfer":
                continue
            if not disposal.receiving_agency_id:
                raise ValidationError(
                    self.env._("A transfer (调剂) needs the receiving agency.")
                )
            if disposal.receiving_agency_id == disposal.agency_id:
                raise ValidationError(
                    self.env._(
                        "The receiving agency must differ from the vehicle's agency."
                    )
                )
            if disposal.is_renewal:
                raise ValidationError(
                    self.env._(
                        "A transferred vehicle stays in service: it cannot be "
                        "renewed by the same disposal."
                    )
                )

    def _affairs_check_submit(self):
        self.ensure_one()
        if self.vehicle_id.affairs_state != "registered":
            raise UserError(
                self.env._(
                    "%s is not a vehicle in service.", self.vehicle_id.display_name
                )
            )
        if self.disposal_type == "transfer":
            # The vehicle stays in service: no lifecycle condition, but the
            # receiving agency needs a free place in its quota.
            self._affairs_check_receiving_quota()
            return
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
        """Complete the disposal: the vehicle leaves service for good (and its
        replacement, if any, is registered), or, transferred, moves in service
        to the receiving agency."""
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
        transfers = self.filtered(lambda d: d.disposal_type == "transfer")
        for transfer in transfers:
            transfer._affairs_check_receiving_quota()
            # The vehicle's own quota check runs again under the row lock.
            transfer.vehicle_id.write(
                {"affairs_agency_id": transfer.receiving_agency_id.id}
            )
        self._affairs_transition_write({"state": "done", "date_done": today})
        leaving = self - transfers
        leaving.vehicle_id.write(
            {
                "affairs_state": "disposed",
                "affairs_disposal_date": today,
                "active": False,
            }
        )
        leaving.filtered("replacement_vehicle_id")._affairs_register_replacement()
        return True

    def _affairs_register_replacement(self):
        """Register the replacement vehicles of completed renewals (更新).

        The disposed vehicle no longer counts, so the replacement takes its
        place in the agency's quota; the quota check of the registration
        refuses a replacement that would exceed it.
        """
        for disposal in self:
            replacement = disposal.replacement_vehicle_id
            if replacement.affairs_agency_id not in (
                disposal.agency_id,
                self.env["hr.department"],
            ):
                raise UserError(
                    self.env._(
                        "The replacement %(new)s belongs to another agency than "
                        "%(old)s.",
                        new=replacement.display_name,
                        old=disposal.vehicle_id.display_name,
                    )
                )
            if not replacement.affairs_agency_id:
                replacement.affairs_agency_id = disposal.agency_id
        self.replacement_vehicle_id.action_affairs_register()
        for disposal in self:
            disposal.replacement_vehicle_id.message_post(
                body=self.env._(
                    "Registered as the replacement of %(vehicle)s (disposal %(ref)s).",
                    vehicle=disposal.vehicle_id.display_name,
                    ref=disposal.name,
                )
            )

    def _affairs_check_receiving_quota(self):
        """Refuse a transfer the receiving agency has no free place for."""
        self.ensure_one()
        vehicle = self.vehicle_id
        key = (self.receiving_agency_id.id, vehicle.affairs_vehicle_category)
        quota = self.env["affairs.vehicle.quota"]._affairs_lock({key})
        quota._affairs_refresh_counts()
        if not quota or quota.actual_count >= quota.quota:
            raise ValidationError(self._affairs_transfer_refusal(quota))

    def _affairs_transfer_refusal(self, quota):
        vehicle = self.vehicle_id
        labels = dict(
            vehicle._fields["affairs_vehicle_category"]._description_selection(self.env)
        )
        category = labels.get(vehicle.affairs_vehicle_category, "")
        # sudo: the receiving agency's name, for the message only.
        agency = self.receiving_agency_id.sudo().name
        if not quota:
            return self.env._(
                "Transfer refused: %(agency)s has no vehicle quota for "
                "%(category)s, so %(vehicle)s cannot be transferred to it.",
                agency=agency,
                category=category,
                vehicle=vehicle.display_name,
            )
        return self.env._(
            "Transfer refused: the %(category)s quota of %(agency)s is full "
            "(%(count)s of %(quota)s vehicles), so %(vehicle)s cannot be "
            "transferred to it.",
            agency=agency,
            category=category,
            count=quota.actual_count,
            quota=quota.quota,
            vehicle=vehicle.display_name,
        )
