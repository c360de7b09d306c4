# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare, format_amount

ROOM_TYPES = [
    ("single", "Single room (单间)"),
    ("standard", "Standard room (标准间)"),
    ("suite", "Suite (套间)"),
]


class AffairsReceptionLodging(models.Model):
    """Accommodation of the reception plan, in a designated hotel (定点饭店),
    at a price per night within the lodging standard of the guest's rank."""

    _name = "affairs.reception.lodging"
    _inherit = ["affairs.reception.line.mixin"]
    _description = "Reception Accommodation"
    _order = "reception_id, date_from, id"
    _planned_fields = (
        "hotel_id",
        "guest_id",
        "room_type",
        "room_count",
        "nights",
        "price_per_night",
        "date_from",
        "reception_id",
    )

    hotel_id = fields.Many2one(
        "res.partner",
        string="Hotel",
        required=True,
        domain=[("is_designated_hotel", "=", True)],
    )
    guest_id = fields.Many2one(
        "affairs.reception.guest",
        string="Guest",
        domain="[('reception_id', '=', reception_id)]",
        help="Guest staying; empty for the delegation's highest rank.",
    )
    date_from = fields.Date(string="Check-in")
    room_type = fields.Selection(ROOM_TYPES, required=True, default="standard")
    room_count = fields.Integer(string="Rooms", required=True, default=1)
    nights = fields.Integer(required=True, default=1)
    price_per_night = fields.Monetary(string="Price per Night")
    amount_planned = fields.Monetary(
        string="Planned Amount", compute="_compute_amount_planned", store=True
    )
    actual_amount = fields.Monetary(string="Actual Amount", copy=False)
    bill_id = fields.Many2one(
        "account.move", string="Vendor Bill", readonly=True, copy=False
    )

    _counts_positive = models.Constraint(
        "CHECK(room_count > 0 AND nights > 0)",
        "Rooms and nights must be at least one.",
    )
    _costs_positive = models.Constraint(
        "CHECK(price_per_night >= 0 AND actual_amount >= 0)",
        "Accommodation costs cannot be negative.",
    )

    @api.depends("room_count", "nights", "price_per_night")
    def _compute_amount_planned(self):
        for lodging in self:
            lodging.amount_planned = (
                lodging.room_count * lodging.nights * lodging.price_per_night
            )

    @api.depends("hotel_id", "room_type")
    def _compute_display_name(self):
        types = dict(self._fields["room_type"]._description_selection(self.env))
        for lodging in self:
            lodging.display_name = (
                f"{lodging.hotel_id.name or ''} {types.get(lodging.room_type, '')}"
            )

    @api.constrains("guest_id", "reception_id")
    def _check_guest(self):
        for lodging in self:
            if (
                lodging.guest_id
                and lodging.guest_id.reception_id != lodging.reception_id
            ):
                raise ValidationError(
                    self.env._("The guest lodged belongs to another reception.")
                )

    @api.constrains("hotel_id", "price_per_night", "guest_id")
    def _check_standards_constraint(self):
        self._check_standards()

    def _check_standards(self):
        for lodging in self:
            lodging._check_designated_hotel()
            lodging._check_cost_cap()

    def _check_designated_hotel(self):
        self.ensure_one()
        self.reception_id._affairs_check_rule(
            "reception_designated_hotel",
            not self.hotel_id.is_designated_hotel,
            self.env._(
                "%(hotel)s is not a designated hotel (定点饭店) for receptions.",
                hotel=self.hotel_id.display_name,
            ),
        )

    def _check_cost_cap(self):
        self.ensure_one()
        rank = self.guest_id.rank_id or self.reception_id.top_rank_id
        cap = self.reception_id._get_cost_cap("lodging", rank=rank)
        over = cap is not None and (
            float_compare(
                self.price_per_night, cap, precision_rounding=self.currency_id.rounding
            )
            > 0
        )
        self.reception_id._affairs_check_rule(
            "reception_lodging_cap",
            over,
            self.env._(
                "The room at %(hotel)s costs %(price)s per night, above the "
                "accommodation standard of %(cap)s.",
                hotel=self.hotel_id.display_name,
                price=format_amount(self.env, self.price_per_night, self.currency_id),
                cap=format_amount(self.env, cap, self.currency_id),
            ),
        )

    def _get_vendor(self):
        return self.hotel_id
