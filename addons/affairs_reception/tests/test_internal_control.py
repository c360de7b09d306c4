# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from .common import ReceptionCommon


class TestReceptionInternalControl(ReceptionCommon):
    """What was approved is what happens; a settled reception does not move."""

    def _settled(self):
        reception = self._create_reception(guests=2)
        meal = self._meal(reception, restaurant_id=self.restaurant.id)
        self._approve(reception)
        reception.with_user(self.officer).action_start()
        meal.with_user(self.officer).actual_amount = 290
        reception.with_user(self.officer).action_done()
        reception.with_user(self.officer).action_generate_list()
        reception.action_create_bills()  # accounting rights: as superuser
        reception.with_user(self.officer).action_settle()
        return reception, meal

    def test_settled_reception_is_closed(self):
        reception, meal = self._settled()
        self.assertEqual(reception.state, "settled")
        for user in (self.cadre_a, self.officer, self.manager):
            with self.assertRaises(UserError):
                meal.with_user(user).write({"actual_amount": 1})
            with self.assertRaises(UserError):
                reception.with_user(user).write({"purpose": "rewritten"})
        self.assertEqual(meal.actual_amount, 290)

    def test_approved_plan_and_record_cannot_be_forged(self):
        reception = self._create_reception(user=self.cadre_a)
        self._approve(reception)
        with self.assertRaisesRegex(UserError, "has been submitted"):
            reception.with_user(self.cadre_a).write({"date_departure": self.at(9)})
        for vals in (
            {"approved_amount": 10**6},
            {"approved_by_id": self.cadre_a.id},
            {"settled_date": False},
            {"state": "done"},
        ):
            with self.assertRaisesRegex(UserError, "only through its actions"):
                reception.with_user(self.manager).write(vals)
        with self.assertRaises(UserError):
            reception.with_user(self.cadre_a).action_start()
