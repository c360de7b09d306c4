# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestPropertyTour(HttpCase):
    def test_allocate_room_tour(self):
        """An officer allocates a free room to an agency and the compliance figures update."""
        new_test_user(
            self.env,
            "tour_prop_officer",
            groups="affairs_base.group_affairs_officer",
            name="Tour Officer",
        )
        agency = self.env["hr.department"].create(
            {
                "name": "TourAgency",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        building = self.env["affairs.building"].create(
            {"name": "Tour Building", "code": "TB"}
        )
        room = self.env["affairs.room"].create(
            {"building_id": building.id, "name": "T101", "usable_area": 18.5}
        )
        self.start_tour(
            f"/odoo/affairs-rooms/{room.id}",
            "affairs_property_allocate_room",
            login="tour_prop_officer",
        )
        self.assertEqual(room.agency_id, agency)
        self.assertEqual(agency.affairs_office_area, 18.5)
        self.assertEqual(agency.affairs_office_over_area, 18.5)
