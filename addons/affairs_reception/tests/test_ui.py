# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from odoo.addons.affairs_base.tests.common import in_english

from .common import ReceptionFixtures


@tagged("post_install", "-at_install")
class TestReceptionTour(ReceptionFixtures, HttpCase):
    """An officer registers a delegation, hits the companion limit, fixes it
    and submits; a manager approves."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_affairs_fixtures()
        cls.visitor.name = "Tour Sending Unit"
        for user in (cls.officer, cls.manager):
            user.password = user.login

    def test_reception_tour(self):
        self.start_tour(
            "/odoo/official-receptions",
            "affairs_reception_tour",
            login=in_english(self.env, "officer_1"),
        )
        reception = self.env["affairs.reception"].search(
            [("visiting_partner_id", "=", self.visitor.id)]
        )
        self.assertEqual(reception.state, "submitted")
        self.assertEqual(reception.meal_ids.companion_count, 3)
        self.assertTrue(reception.letter_file)
        self.start_tour(
            f"/odoo/official-receptions/{reception.id}",
            "affairs_reception_approve_tour",
            login=in_english(self.env, "manager_1"),
        )
        self.assertEqual(reception.state, "approved")
        self.assertEqual(reception.approved_by_id, self.manager)
