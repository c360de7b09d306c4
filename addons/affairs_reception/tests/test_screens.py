# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

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

    def test_meal_venue_picker_offers_designated_venues(self):
        """The meal's venue picker lists designated canteens and restaurants,
        as the hotel picker lists designated hotels, not every contact."""
        Partner = self.env["res.partner"]
        reception = self._create_reception(guests=3)
        meal = self._meal(reception)
        venues = Partner.search(meal._fields["restaurant_id"].domain)
        self.assertIn(self.restaurant, venues)
        self.assertNotIn(self.visitor, venues)
        self.assertNotIn(self.hotel, venues)
        self.assertTrue(venues.mapped("is_designated_venue"))
        self.assertTrue(
            self.env.ref("affairs_reception.res_partner_action_designated_venue")
        )

    def test_lodging_guest_needs_a_saved_reception(self):
        """A room's guest is picked among the guests of the saved reception: on
        a new one the column waits, and the page says to save first."""
        arch = etree.fromstring(
            self.env["affairs.reception"].get_view(view_type="form")["arch"]
        )
        page = arch.xpath("//page[@name='lodging']")[0]
        hint = page.xpath("./div[contains(@class, 'alert')]")
        self.assertTrue(hint and hint[0].get("invisible") == "id")
        guest = page.xpath(".//field[@name='lodging_ids']//field[@name='guest_id']")[0]
        self.assertIn("not parent.id", guest.get("readonly"))
        domain = self.env["affairs.reception.lodging"]._fields["guest_id"].domain
        self.assertIn("reception_id", domain, "guests of this reception only")
