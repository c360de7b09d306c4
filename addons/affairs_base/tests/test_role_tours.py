# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from .role_tours import AffairsRoleTourCase


@tagged("post_install", "-at_install")
class TestRoleTours(AffairsRoleTourCase):
    def test_cadre_day(self):
        """The cadre lands on their requests and files one, all in Chinese."""
        self._start_role_tour("affairs_base.user_cadre", "affairs_role_cadre")

    def test_manager_day(self):
        """The manager lands on what waits for their approval, in Chinese."""
        self._start_role_tour("affairs_base.user_manager", "affairs_role_manager")
