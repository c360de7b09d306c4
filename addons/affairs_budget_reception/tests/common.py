# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.addons.affairs_reception.tests.common import ReceptionFixtures


class OverBudgetReception(ReceptionFixtures):
    """A reception costing 1,100 for a 30217 line of 1,000."""

    @classmethod
    def _create_over_budget_reception(cls):
        """Meal 2 guests + 1 companion × 100 = 300 and lodging 1 room × 2
        nights × 400 = 800: 1,100."""
        reception = cls._create_reception(guests=2)
        cls.env["affairs.reception.meal"].create(
            {
                "reception_id": reception.id,
                "date": cls.day(1),
                "meal_type": "work_meal",
                "guest_count": 2,
                "companion_count": 1,
                "cost_per_person": 100,
            }
        )
        cls.env["affairs.reception.lodging"].create(
            {
                "reception_id": reception.id,
                "hotel_id": cls.hotel.id,
                "room_count": 1,
                "nights": 2,
                "price_per_night": 400,
            }
        )
        return reception
