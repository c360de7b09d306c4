# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError, ValidationError

from .common import ReceptionCommon


class TestReceptionCompanions(ReceptionCommon):
    """Accompanying diners: at most 3 for 10 guests or fewer, at most a third
    of the guests above 10 (国内公务接待管理规定 第十一条)."""

    def test_small_group_at_limit(self):
        reception = self._create_reception(guests=10)
        meal = self._meal(reception, guest_count=10, companion_count=3)
        self.assertEqual(meal.companion_count, 3)

    def test_small_group_over_limit(self):
        reception = self._create_reception(guests=10)
        with self.assertRaisesRegex(ValidationError, "at most 3"):
            self._meal(reception, guest_count=10, companion_count=4)

    def test_threshold_crossed_eleven_guests(self):
        """11 guests: a third is 3 (rounded down), so 4 companions are refused."""
        reception = self._create_reception(guests=11)
        self._meal(reception, guest_count=11, companion_count=3)
        with self.assertRaises(ValidationError):
            self._meal(
                reception,
                guest_count=11,
                companion_count=4,
                meal_type="dinner",
                cost_per_person=80,
            )

    def test_large_group_one_third(self):
        reception = self._create_reception(guests=12)
        meal = self._meal(reception, guest_count=12, companion_count=4)
        self.assertEqual(meal.amount_planned, 16 * 100)
        with self.assertRaisesRegex(ValidationError, "at most 4"):
            meal.companion_count = 5

    def test_named_companions_count(self):
        reception = self._create_reception(guests=2)
        meal = self._meal(reception, guest_count=2, companion_count=0)
        meal.companion_ids = self.employee_a | self.employee_host
        self.assertEqual(meal.companion_count, 2)
        with self.assertRaises(ValidationError):
            meal.companion_ids = (
                self.employee_a
                | self.employee_host
                | self.employee_b
                | self.employee_officer
            )

    def test_manager_exception_allows_more_companions(self):
        reception = self._create_reception(guests=5)
        self._grant(reception, "reception_companion_limit")
        meal = self._meal(reception, guest_count=5, companion_count=5)
        self.assertEqual(meal.companion_count, 5)
        exception = reception.affairs_exception_ids
        self.assertEqual(exception.approved_by_id, self.manager)
        self.assertEqual(exception.rule_code, "reception_companion_limit")

    def test_officer_cannot_grant_exception(self):
        reception = self._create_reception(guests=5)
        action = reception.action_open_exception_wizard()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.manager)
            .with_context(action["context"])
            .create(
                {
                    "rule_id": self.env.ref(
                        "affairs_reception.exception_rule_reception_companion_limit"
                    ).id,
                    "reason": "x",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.with_user(self.officer).action_grant()
        with self.assertRaises(AccessError):
            reception.with_user(self.officer).action_affairs_grant_exception(
                "reception_companion_limit", "x"
            )

    def test_local_book_overrides_national_rule(self):
        """A city allowing only 2 companions refuses 3 for a small group."""
        book = self.env["affairs.standard.book"].create(
            {
                "name": "City rules",
                "scope": "local",
                "date_from": date(2020, 1, 1),
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
                "company_id": self.company.id,
            }
        )
        self.company.affairs_standard_book_id = book
        self.env["affairs.reception.rule"].create(
            {
                "book_id": book.id,
                "code": "companions_small_group",
                "name": "2",
                "value": 2,
            }
        )
        reception = self._create_reception(guests=4)
        self._meal(reception, guest_count=4, companion_count=2)
        with self.assertRaises(ValidationError):
            self._meal(
                reception,
                guest_count=4,
                companion_count=3,
                meal_type="lunch",
                cost_per_person=50,
            )


class TestReceptionWorkMeal(ReceptionCommon):
    """One work meal per visit unless a manager records an exception."""

    def test_second_work_meal_refused(self):
        reception = self._create_reception(guests=3)
        self._meal(reception)
        with self.assertRaisesRegex(ValidationError, "2 work meals"):
            self._meal(reception, date=self.day(2))

    def test_other_meals_not_counted(self):
        reception = self._create_reception(guests=3)
        self._meal(reception)
        self._meal(reception, meal_type="lunch", cost_per_person=60)
        self._meal(reception, meal_type="dinner", cost_per_person=60)
        self.assertEqual(len(reception.meal_ids), 3)

    def test_second_work_meal_with_exception(self):
        reception = self._create_reception(guests=3)
        self._meal(reception)
        self._grant(reception, "reception_work_meal_count")
        self._meal(reception, date=self.day(2))
        self.assertEqual(len(reception.meal_ids), 2)

    def test_meal_outside_visit_refused(self):
        reception = self._create_reception(guests=3)
        with self.assertRaises(ValidationError):
            self._meal(reception, date=self.day(10))


class TestReceptionCostCaps(ReceptionCommon):
    """Meal and accommodation caps by guest rank and region."""

    def test_work_meal_cap_staff(self):
        reception = self._create_reception(guests=3)
        meal = self._meal(reception, cost_per_person=130)
        with self.assertRaisesRegex(
            ValidationError, r"above the standard of \S*\s?130\.00"
        ):
            meal.cost_per_person = 131

    def test_work_meal_cap_by_highest_rank(self):
        """A vice-minister in the delegation lifts the work-meal cap to 150."""
        reception = self._create_reception(guests=2)
        reception.guest_ids[0].rank_id = self.rank_ministerial_deputy
        self.assertEqual(reception.top_rank_id, self.rank_ministerial_deputy)
        meal = self._meal(reception, cost_per_person=150)
        with self.assertRaises(ValidationError):
            meal.cost_per_person = 151

    def test_bureau_rank_keeps_lower_work_meal_cap(self):
        reception = self._create_reception(guests=2, rank=self.rank_bureau)
        with self.assertRaises(ValidationError):
            self._meal(reception, cost_per_person=131)

    def test_daily_meal_cap_by_region(self):
        reception = self._create_reception(guests=2)
        self._meal(reception, meal_type="lunch", cost_per_person=100)
        with self.assertRaises(ValidationError):
            self._meal(reception, meal_type="dinner", cost_per_person=101)
        tibet = self._create_reception(guests=2, region_id=self.region_xz.id)
        self._meal(tibet, meal_type="dinner", cost_per_person=120)
        with self.assertRaises(ValidationError):
            self._meal(tibet, meal_type="lunch", cost_per_person=121)

    def test_meal_cap_exception(self):
        reception = self._create_reception(guests=2)
        self._grant(reception, "reception_meal_cap")
        meal = self._meal(reception, cost_per_person=200)
        self.assertEqual(meal.amount_planned, 600)

    def test_lodging_cap_staff(self):
        reception = self._create_reception(guests=1)
        lodging = self._lodging(reception, price_per_night=500)
        with self.assertRaisesRegex(ValidationError, r"standard of \S*\s?500\.00"):
            lodging.price_per_night = 501

    def test_lodging_cap_bureau_deputy(self):
        reception = self._create_reception(guests=1, rank=self.rank_bureau_deputy)
        lodging = self._lodging(reception, price_per_night=650)
        with self.assertRaises(ValidationError):
            lodging.price_per_night = 651

    def test_lodging_cap_ministerial_in_beijing(self):
        reception = self._create_reception(
            guests=1, rank=self.rank_ministerial_deputy, region_id=self.region_bj.id
        )
        lodging = self._lodging(reception, price_per_night=1100)
        with self.assertRaises(ValidationError):
            lodging.price_per_night = 1101

    def test_lodging_cap_per_guest_rank(self):
        """A staff member of a bureau-level delegation stays within 500."""
        reception = self._create_reception(guests=2, rank=self.rank_bureau)
        staff_guest = reception.guest_ids[1]
        staff_guest.rank_id = self.rank_staff
        self._lodging(reception, price_per_night=650)
        with self.assertRaises(ValidationError):
            self._lodging(reception, guest_id=staff_guest.id, price_per_night=600)

    def test_rank_grade_uses_post_level(self):
        """一级调研员 is treated as 县处级正职: the 'other staff' cap applies."""
        reception = self._create_reception(guests=1, rank=self.rank_researcher)
        self.assertEqual(reception.top_rank_id, self.rank_division)
        with self.assertRaises(ValidationError):
            self._lodging(reception, price_per_night=600)

    def test_designated_hotel_required(self):
        reception = self._create_reception(guests=1)
        with self.assertRaisesRegex(ValidationError, "designated hotel"):
            self._lodging(reception, hotel_id=self.plain_hotel.id)
        self._grant(reception, "reception_designated_hotel")
        self._lodging(reception, hotel_id=self.plain_hotel.id)

    def test_local_region_cap_overrides(self):
        """A local book lowering the Jiangsu lodging cap applies there only."""
        self.env["affairs.reception.cost.standard"].create(
            {"kind": "lodging", "region_id": self.region_js.id, "amount": 380}
        )
        reception = self._create_reception(guests=1)
        with self.assertRaises(ValidationError):
            self._lodging(reception, price_per_night=400)
        beijing = self._create_reception(guests=1, region_id=self.region_bj.id)
        self._lodging(beijing, price_per_night=400)


class TestReceptionSubmitRecheck(ReceptionCommon):
    def test_submit_rechecks_standards_after_rank_change(self):
        """A meal within the vice-minister's cap is over it once the only
        senior guest is corrected to a junior rank: submission refuses it."""
        reception = self._create_reception(guests=1, rank=self.rank_ministerial_deputy)
        self._meal(reception, cost_per_person=150)
        reception.guest_ids.rank_id = self.rank_staff
        self.assertEqual(reception.top_rank_id, self.rank_staff)
        with self.assertRaisesRegex(
            ValidationError, r"above the standard of \S*\s?130\.00"
        ):
            reception.with_user(self.officer).action_submit()
        self.assertEqual(reception.state, "draft")

    def test_itinerary_dates(self):
        reception = self._create_reception()
        with self.assertRaises(ValidationError):
            self.env["affairs.reception.activity"].create(
                {
                    "reception_id": reception.id,
                    "name": "Visit",
                    "date_start": self.at(1, 10),
                    "date_end": self.at(1, 9),
                }
            )


class TestParameterRules(ReceptionCommon):
    """Parameter tables read a missing, a yes/no and an amount rule one way."""

    def test_missing_flag_and_amount(self):
        Reception = self.env["affairs.reception.rule"]
        self.assertIsNone(Reception._get_param("no_such_rule"))
        self.assertEqual(Reception._get_param("no_such_rule", 7.0), 7.0)
        self.assertFalse(Reception._get_flag("no_such_rule"))
        self.assertTrue(Reception._get_flag("no_such_rule", default=True))
        self.assertIsNone(Reception._get_amount("no_such_rule"))
        self.assertEqual(Reception._get_param("companions_small_group"), 3.0)
        self.assertFalse(Reception._get_flag("phone_record_accepted"), "0 = no")
        self.assertEqual(Reception._get_amount("companion_group_threshold"), 10.0)
