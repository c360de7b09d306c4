# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.tests import Form

from .common import ReceptionCommon


class TestReceptionScreens(ReceptionCommon):
    def test_region_defaults_to_chinese_province(self):
        """A new reception takes the company's province when it is Chinese, never
        a foreign state, and the picker offers Chinese regions only."""
        Reception = self.env["affairs.reception"]
        self.env.company.state_id = self.env.ref("base.state_us_5")
        self.assertFalse(Reception._default_region_id())
        self.env.company.state_id = self.region_bj
        self.assertEqual(Reception._default_region_id(), self.region_bj)
        domain = Reception._fields["region_id"].domain
        self.assertIn("CN", domain)

    def test_meal_refusal_shows_amounts_with_currency(self):
        """The meal-cap refusal reads amounts with the currency, never 300.0."""
        reception = self._create_reception(guests=3)
        meal = self._meal(reception, cost_per_person=100)
        with self.assertRaises(ValidationError) as error:
            meal.cost_per_person = 300
        message = str(error.exception)
        self.assertNotIn("300.0 ", message)
        self.assertIn(self.env.company.currency_id.symbol, message)

    def test_reception_form_opens(self):
        """The officer's new-reception form opens with its defaults."""
        form = Form(self.env["affairs.reception"].with_user(self.officer))
        self.assertFalse(form.region_id and form.region_id.country_id.code != "CN")
