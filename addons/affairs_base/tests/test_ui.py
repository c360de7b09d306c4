# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

from .common import in_english


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_agency_user_files_service_request(self):
        """An agency cadre logs in, opens the service desk and files a repair."""
        agency = self.env["hr.department"].create(
            {
                "name": "市统计局",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        user = new_test_user(
            self.env,
            "tour_cadre",
            groups="affairs_base.group_affairs_user",
            name="Tour Cadre",
        )
        self.env["hr.employee"].create(
            {"name": "Tour Cadre", "department_id": agency.id, "user_id": user.id}
        )
        category = self.env["affairs.service.category"].create(
            {"name": "Tour Repair", "promised_hours": 8}
        )
        self.start_tour(
            "/odoo/affairs-my-requests",
            "affairs_service_request_tour",
            login=in_english(self.env, "tour_cadre"),
        )
        request = self.env["affairs.service.request"].search(
            [("title", "=", "Tour: broken lamp")]
        )
        self.assertEqual(request.state, "approved")
        self.assertEqual(request.category_id, category)
        self.assertEqual(request.agency_id, agency)
        self.assertTrue(request.deadline)
