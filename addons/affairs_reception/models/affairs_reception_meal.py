# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare, format_amount

MEAL_TYPES = [
    ("work_meal", "Work meal (工作餐)"),
    ("breakfast", "Breakfast (早餐)"),
    ("lunch", "Lunch (午餐)"),
    ("dinner", "Dinner (晚餐)"),
]


class AffairsReceptionMeal(models.Model):
    """A meal of the reception plan, checked against the standards.

    Companions (陪餐人数): at most ``companions_small_group`` when the guests
    are ``companion_group_threshold`` or fewer, otherwise at most one per
    ``companions_large_group_divisor`` guests. The cost per person is capped
    by the work-meal or daily-meal standard of the region and guest rank.
    """

    _name = "affairs.reception.meal"
    _inherit = ["affairs.reception.line.mixin"]
    _description = "Reception Meal"
    _check_company_auto = True
    _order = "reception_id, date, id"
    _planned_fields = (
        "date",
        "meal_type",
        "guest_count",
        "companion_count",
        "companion_ids",
        "cost_per_person",
        "reception_id",
    )

    date = fields.Date(required=True)
    meal_type = fields.Selection(MEAL_TYPES, required=True, default="work_meal")
    restaurant_id = fields.Many2one(
        "res.partner",
        string="Venue",
        domain=[("is_designated_venue", "=", True)],
        help="Designated canteen or restaurant serving the meal.",
        check_company=True,
    )
    guest_count = fields.Integer(string="Guests Served", required=True, default=1)
    companion_ids = fields.Many2many(
        "hr.employee",
        string="Accompanying Hosts",
        help="Hosts eating with the guests.",
        check_company=True,
    )
    companion_count = fields.Integer(
        string="Companions",
        compute="_compute_companion_count",
        store=True,
        readonly=False,
    )
    companion_names = fields.Char(
        string="Accompanying Staff", compute="_compute_companion_names"
    )
    cost_per_person = fields.Monetary(string="Cost per Person")
    amount_planned = fields.Monetary(
        string="Planned Amount", compute="_compute_amount_planned", store=True
    )
    actual_amount = fields.Monetary(string="Actual Amount", copy=False)
    bill_id = fields.Many2one(
        "account.move",
        string="Vendor Bill",
        readonly=True,
        copy=False,
        check_company=True,
    )

    _guest_count_positive = models.Constraint(
        "CHECK(guest_count > 0)", "A meal serves at least one guest."
    )
    _companion_count_positive = models.Constraint(
        "CHECK(companion_count >= 0)", "The number of companions cannot be negative."
    )
    _costs_positive = models.Constraint(
        "CHECK(cost_per_person >= 0 AND actual_amount >= 0)",
        "Meal costs cannot be negative.",
    )

    @api.depends("companion_ids")
    def _compute_companion_count(self):
        for meal in self:
            meal.companion_count = len(meal.companion_ids) or meal.companion_count

    @api.depends("companion_ids")
    def _compute_companion_names(self):
        for meal in self:
            # sudo: officers without HR rights print the reception list, which
            # names the accompanying staff; only names and job titles leave.
            companions = meal.sudo().companion_ids
            meal.companion_names = ", ".join(
                (
                    f"{employee.name} ({employee.job_title})"
                    if employee.job_title
                    else employee.name
                )
                for employee in companions
            )

    @api.depends("guest_count", "companion_count", "cost_per_person")
    def _compute_amount_planned(self):
        for meal in self:
            meal.amount_planned = (
                meal.guest_count + meal.companion_count
            ) * meal.cost_per_person

    @api.depends("date", "meal_type")
    def _compute_display_name(self):
        types = dict(self._fields["meal_type"]._description_selection(self.env))
        for meal in self:
            meal.display_name = f"{meal.date or ''} {types.get(meal.meal_type, '')}"

    @api.constrains("companion_ids", "companion_count")
    def _check_companion_names(self):
        for meal in self:
            if meal.companion_count < len(meal.companion_ids):
                raise ValidationError(
                    self.env._("The companions counted are fewer than those named.")
                )

    @api.constrains("date", "reception_id")
    def _check_date(self):
        for meal in self:
            reception = meal.reception_id
            if reception.date_arrival and not (
                reception.date_arrival.date()
                <= meal.date
                <= reception.date_departure.date()
            ):
                raise ValidationError(
                    self.env._(
                        "The meal of %(date)s is outside the visit of %(name)s.",
                        date=meal.date,
                        name=reception.display_name,
                    )
                )

    @api.constrains("guest_count", "companion_count", "cost_per_person", "meal_type")
    def _check_standards_constraint(self):
        self._check_standards()

    @api.constrains("meal_type", "reception_id")
    def _check_work_meal_count(self):
        self.reception_id._check_work_meal_count()

    def _check_standards(self):
        for meal in self:
            meal._check_companions()
            meal._check_cost_cap()

    def _get_companion_limit(self):
        """Companions allowed for the guests served, or None if no rule."""
        self.ensure_one()
        reception = self.reception_id
        threshold = reception._get_rule_value("companion_group_threshold")
        if threshold is None:
            return None
        if self.guest_count <= threshold:
            small = reception._get_rule_value("companions_small_group")
            return None if small is None else int(small)
        divisor = reception._get_rule_value("companions_large_group_divisor")
        return None if not divisor else int(self.guest_count // divisor)

    def _check_companions(self):
        self.ensure_one()
        limit = self._get_companion_limit()
        self.reception_id._affairs_check_rule(
            "reception_companion_limit",
            limit is not None and self.companion_count > limit,
            self.env._(
                "Too many companions for the meal of %(date)s: %(guests)s guests "
                "allow at most %(limit)s accompanying hosts, %(count)s planned.",
                date=self.date,
                guests=self.guest_count,
                limit=limit,
                count=self.companion_count,
            ),
        )

    def _check_cost_cap(self):
        self.ensure_one()
        kind = "work_meal" if self.meal_type == "work_meal" else "daily_meal"
        cap = self.reception_id._get_cost_cap(kind)
        over = cap is not None and (
            float_compare(
                self.cost_per_person, cap, precision_rounding=self.currency_id.rounding
            )
            > 0
        )
        self.reception_id._affairs_check_rule(
            "reception_meal_cap",
            over,
            self.env._(
                "The meal of %(date)s costs %(cost)s per person, above the "
                "standard of %(cap)s for this delegation.",
                date=self.date,
                cost=format_amount(self.env, self.cost_per_person, self.currency_id),
                cap=format_amount(self.env, cap, self.currency_id),
            ),
        )

    def _get_vendor(self):
        return self.restaurant_id
