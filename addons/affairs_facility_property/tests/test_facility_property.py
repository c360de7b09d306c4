# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from odoo.addons.affairs_facility.tests.common import FacilityCommon


@tagged("at_install", "-post_install")
class TestFacilityProperty(FacilityCommon):
    """Equipment located in the register's rooms, linked to asset cards."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.building = cls.env["affairs.building"].create(
            {"name": "Main Office Building", "code": "MB"}
        )
        cls.room = cls.env["affairs.room"].create(
            {
                "building_id": cls.building.id,
                "name": "505",
                "floor": 5,
                "usable_area": 30,
                "agency_id": cls.agency_a.id,
            }
        )

    def test_room_sets_location(self):
        """Choosing the room fills in building, floor and room; the room
        lists its equipment one click away."""
        self.ac_a.affairs_room_id = self.room
        self.assertEqual(self.ac_a.affairs_building_id, self.building)
        self.assertEqual(
            (
                self.ac_a.affairs_building,
                self.ac_a.affairs_floor,
                self.ac_a.affairs_room,
            ),
            ("Main Office Building", "5", "505"),
        )
        self.assertEqual(self.room.affairs_equipment_count, 1)
        action = self.room.action_affairs_open_equipment()
        self.assertEqual(
            self.env["maintenance.equipment"].search(action["domain"]), self.ac_a
        )

    def test_room_of_another_agency_refused(self):
        with self.assertRaises(ValidationError):
            self.ac_b.affairs_room_id = self.room

    def test_asset_card_one_click_away(self):
        category = self.env["affairs.asset.category"].search(
            [("code", "=", "A02.1")], limit=1
        )
        asset = self.env["affairs.asset"].create(
            {
                "name": "Split AC",
                "category_id": category.id,
                "agency_id": self.agency_a.id,
                "acquisition_date": "2024-01-15",
                "acquisition_value": 6000.0,
            }
        )
        self.ac_a.affairs_asset_id = asset
        action = self.ac_a.action_affairs_open_asset()
        self.assertEqual(action["res_id"], asset.id)
        self.assertEqual(
            self.env["maintenance.equipment"].search(
                asset.action_affairs_open_equipment()["domain"]
            ),
            self.ac_a,
        )
