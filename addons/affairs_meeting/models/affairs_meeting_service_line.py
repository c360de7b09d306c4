# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    affairs_mechanism,
    in_affairs_mechanism,
)

# Plausible upper bound of a quantity.
MAX_QUANTITY = 100_000


class AffairsMeetingServiceLine(models.Model):
    """A service ordered with a booking: ordered → ready → done.

    Its cost is the organiser's agency's (recharged per agency).
    """

    _name = "affairs.meeting.service.line"
    _description = "Meeting Service"
    _order = "date_start, booking_id, id"
    _check_company_auto = True

    booking_id = fields.Many2one(
        "affairs.meeting.booking",
        string="Booking",
        required=True,
        index=True,
        ondelete="cascade",
    )
    item_id = fields.Many2one(
        "affairs.meeting.service.item",
        string="Service",
        required=True,
        check_company=True,
    )
    category = fields.Selection(related="item_id.category", store=True)
    provider_id = fields.Many2one(related="item_id.provider_id", store=True)
    quantity = fields.Float(default=1.0, digits=(16, 2))
    unit_cost = fields.Monetary(
        compute="_compute_unit_cost", store=True, readonly=False, precompute=True
    )
    amount = fields.Monetary(compute="_compute_amount", store=True)
    note = fields.Char()
    state = fields.Selection(
        [("ordered", "Ordered"), ("ready", "Ready"), ("done", "Done")],
        default="ordered",
        required=True,
        index=True,
        copy=False,
    )
    company_id = fields.Many2one(
        related="booking_id.company_id", store=True, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    agency_id = fields.Many2one(
        related="booking_id.agency_id", store=True, index=True, string="Agency"
    )
    room_id = fields.Many2one(related="booking_id.room_id", store=True)
    date_start = fields.Datetime(
        related="booking_id.date_start", store=True, string="Meeting Start"
    )
    booking_state = fields.Selection(
        related="booking_id.state", string="Booking Status"
    )

    @api.depends("item_id")
    def _compute_unit_cost(self):
        for line in self:
            line.unit_cost = line.item_id.unit_cost

    @api.depends("quantity", "unit_cost")
    def _compute_amount(self):
        for line in self:
            line.amount = line.quantity * line.unit_cost

    @api.constrains("quantity", "unit_cost")
    def _check_numbers(self):
        for line in self:
            if not 0 < line.quantity <= MAX_QUANTITY:
                raise ValidationError(
                    self.env._(
                        "The quantity of %(item)s must be between 0 and %(max)s.",
                        item=line.item_id.name,
                        max=MAX_QUANTITY,
                    )
                )
            if line.unit_cost < 0:
                raise ValidationError(self.env._("A unit cost cannot be negative."))

    def _is_staff(self):
        return self.env.su or self.env.user.has_group(
            "affairs_meeting.group_meeting_staff"
        )

    @api.model_create_multi
    def create(self, vals_list):
        if not self._is_staff():
            for vals in vals_list:
                if vals.get("state", "ordered") != "ordered":
                    raise UserError(self.env._("A new service starts as ordered."))
        lines = super().create(vals_list)
        lines._check_booking_open()
        return lines

    def write(self, vals):
        if "state" in vals and not (self.env.su or in_affairs_mechanism()):
            raise UserError(
                self.env._(
                    "The status of a meeting service changes only through its "
                    "actions (ready, done)."
                )
            )
        if not self._is_staff() and set(vals) - {"note"}:
            for line in self:
                if line.state != "ordered":
                    raise UserError(
                        self.env._(
                            "%s is being prepared: ask the meeting centre to change "
                            "it.",
                            line.item_id.name,
                        )
                    )
        return super().write(vals)

    def _check_booking_open(self):
        for line in self:
            if line.booking_id.state in ("done", "released", "rejected", "cancel"):
                raise UserError(
                    self.env._(
                        "%s is closed: no more services can be ordered for it.",
                        line.booking_id.name,
                    )
                )

    def _check_staff(self):
        if not self._is_staff():
            raise AccessError(
                self.env._("Only the meeting centre staff prepare meeting services.")
            )

    def _move(self, from_state, to_state):
        self._check_staff()
        for line in self:
            if line.state != from_state:
                raise UserError(
                    self.env._(
                        "%(item)s of %(booking)s is not %(state)s.",
                        item=line.item_id.name,
                        booking=line.booking_id.name,
                        state=dict(
                            self._fields["state"]._description_selection(self.env)
                        )[from_state],
                    )
                )
        with affairs_mechanism():
            self.write({"state": to_state})
        return True

    def action_ready(self):
        return self._move("ordered", "ready")

    def action_done(self):
        return self._move("ready", "done")
