# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tools import mute_logger

from odoo.addons.affairs_base.tests.common import import_rows

from .common import PropertyCommon


class TestPropertyImport(PropertyCommon):
    """Initial load of buildings, rooms with occupants and asset cards."""

    def test_buildings_and_rooms_then_reimport(self):
        rows = [["TB9", "九号楼", "行政中心路9号", 6, "", 2001, "产权-009", 4200]]
        result = import_rows(self.env, "affairs.building", "building", rows)
        self.assertFalse(result["messages"], result["messages"])
        building = self.env["affairs.building"].search([("code", "=", "TB9")])
        occupant = self._employee("科员甲", self.municipal, "section")
        room_rows = [
            [
                "九号楼",
                "301",
                3,
                18.0,
                "office",
                self.municipal.display_name,
                occupant.name,
            ],
            ["九号楼", "302", 3, 24.0, "office", "", ""],
        ]
        result = import_rows(self.env, "affairs.room", "room", room_rows)
        self.assertFalse(result["messages"], result["messages"])
        room = self.env["affairs.room"].search(
            [("building_id", "=", building.id), ("name", "=", "301")]
        )
        self.assertEqual(
            (room.usable_area, room.agency_id, room.occupant_ids),
            (18.0, self.municipal, occupant),
        )

        room_rows[0][3] = 16.0
        import_rows(self.env, "affairs.room", "room", room_rows)
        self.assertEqual(
            self.env["affairs.room"].search_count([("building_id", "=", building.id)]),
            2,
        )
        self.assertEqual(room.usable_area, 16.0, "the same file updates the room")

    def test_asset_cards_bad_rows_store_nothing_then_reimport(self):
        category = self._category("A02.1")
        # The class is given by its code (资产分类代码), as the register has it.
        good = [
            "ZC-0001",
            "台式计算机",
            category.code,
            "",
            1,
            "2024-03-01",
            6000,
            "purchase",
            "fiscal",
            self.municipal.display_name,
            "",
            "",
        ]
        rows = [
            good,
            [
                "ZC-0002",
                "打印机",
                "不存在的分类",
                "",
                1,
                "2024-03-01",
                3000,
                "purchase",
                "fiscal",
                self.municipal.display_name,
                "",
                "",
            ],
            [
                "ZC-0003",
                "投影仪",
                category.code,
                "",
                1,
                "2024-03-01",
                -5,
                "purchase",
                "fiscal",
                self.municipal.display_name,
                "",
                "",
            ],
        ]
        Asset = self.env["affairs.asset"]
        before = Asset.search_count([])
        # Rows refused by PostgreSQL are logged by the cursor: expected here.
        with mute_logger("odoo.sql_db"):
            result = import_rows(self.env, "affairs.asset", "asset", rows)
        errors = [
            message for message in result["messages"] if message["type"] == "error"
        ]
        self.assertTrue(errors)
        self.assertTrue({message["record"] for message in errors} >= {1})
        self.assertEqual(Asset.search_count([]), before, "nothing half-imported")

        result = import_rows(self.env, "affairs.asset", "asset", [good])
        self.assertFalse(result["messages"], result["messages"])
        asset = Asset.search([("card_number", "=", "ZC-0001")])
        self.assertEqual((asset.category_id, asset.acquisition_value), (category, 6000))
        good[6] = 6500
        import_rows(self.env, "affairs.asset", "asset", [good])
        self.assertEqual(Asset.search_count([("card_number", "=", "ZC-0001")]), 1)
        self.assertEqual(asset.acquisition_value, 6500)
