# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import logging

from odoo.tests import tagged

from .role_tours import AffairsRoleTourCase

_logger = logging.getLogger(__name__)


@tagged("post_install", "-at_install")
class TestRoleTours(AffairsRoleTourCase):
    """Each role's day from login, in Chinese, with the demo users.

    All roles in one class: Chinese is loaded once for all of them. A role
    whose addon is not installed has no demo user, and nothing to tour.
    """

    def _tour(self, user_xmlid, tour, module=None):
        module = module or user_xmlid.split(".")[0]
        installed = self.env["ir.module.module"]._get(module).state == "installed"
        if not installed or not self.env.ref(user_xmlid, raise_if_not_found=False):
            _logger.info("%s: no %s or no demo user, no tour", tour, module)
            return
        self._start_role_tour(user_xmlid, tour)

    def test_cadre_day(self):
        """The cadre lands on their requests, then vehicle requests, a new request."""
        self._tour("affairs_base.user_cadre", "affairs_role_cadre")

    def test_manager_day(self):
        """The manager lands on what waits for their approval."""
        self._tour("affairs_base.user_manager", "affairs_role_manager")

    def test_dispatcher_day(self):
        """The dispatcher lands on the board, then drivers and vehicles."""
        self._tour(
            "affairs_base.user_officer", "affairs_role_dispatcher", "affairs_fleet"
        )

    def test_property_officer_day(self):
        """The property officer lands on compliance, then rooms and assets."""
        self._tour(
            "affairs_property.user_property_officer", "affairs_role_property_officer"
        )

    def test_procurement_executor_day(self):
        """The executor lands on the projects, then the plans."""
        self._tour("affairs_procurement.user_procurement", "affairs_role_procurement")

    def test_expert_day(self):
        """The expert lands on scoring."""
        self._tour("affairs_procurement.user_expert", "affairs_role_expert")

    def test_reception_officer_day(self):
        """The reception officer opens the receptions and a new one."""
        self._tour(
            "affairs_base.user_officer",
            "affairs_role_reception_officer",
            "affairs_reception",
        )
