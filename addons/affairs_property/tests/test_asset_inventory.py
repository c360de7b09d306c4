# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import UserError

from .common import PropertyCommon


class TestAssetInventory(PropertyCommon):
    def test_count_surplus_shortage_adjustments(self):
        """Expected lines, a shortage and a surplus; approval adjusts the register."""
        present = self._asset(name="打印机", code="A02.2", value=3000)
        missing = self._asset(name="笔记本电脑", value=8000)
        inventory = (
            self.env["affairs.asset.inventory"]
            .with_user(self.officer)
            .create({"agency_id": self.municipal.id})
        )
        inventory.action_generate_lines()
        self.assertEqual(set(inventory.line_ids.asset_id.ids), {present.id, missing.id})
        inventory.line_ids.filtered(lambda l: l.asset_id == present).counted_qty = 1
        self.assertEqual(inventory.shortage_count, 1)
        self.assertEqual(inventory.shortage_value, 8000)
        inventory.line_ids = [
            Command.create(
                {
                    "name": "文件柜",
                    "category_id": self._category("A05.1").id,
                    "counted_qty": 2,
                    "unit_value": 500,
                }
            )
        ]
        self.assertEqual(inventory.surplus_count, 2)
        self.assertEqual(inventory.surplus_value, 1000)
        inventory.with_user(self.officer).action_submit()
        self.assertEqual(len(inventory.review_ids), 2)
        self._approve_all(inventory, (self.officer2, self.manager))
        self.assertEqual(inventory.state, "done")
        surplus = inventory.line_ids.new_asset_id
        self.assertEqual(surplus.acquisition_method, "surplus")
        self.assertEqual(surplus.quantity, 2)
        self.assertEqual(surplus.acquisition_value, 1000)
        self.assertEqual(surplus.agency_id, self.municipal)
        disposal = inventory.disposal_id
        self.assertEqual(disposal.disposal_type, "write_off")
        self.assertEqual(disposal.asset_ids, missing)
        self.assertEqual(disposal.state, "draft")

    def test_clean_count_officer_only(self):
        """A count without differences needs the officer step only."""
        self._asset()
        inventory = self.env["affairs.asset.inventory"].create(
            {"agency_id": self.municipal.id}
        )
        inventory.action_generate_lines()
        inventory.line_ids.counted_qty = 1
        inventory.action_submit()
        self.assertEqual(len(inventory.review_ids), 1)
        inventory.with_user(self.officer).action_approve()
        self.assertEqual(inventory.state, "done")
        self.assertFalse(inventory.disposal_id)

    def test_count_by_location(self):
        """A count per room lists the assets located there only."""
        room = self._room("801", 20.0, self.municipal)
        here = self._asset(room_id=room.id)
        self._asset()
        inventory = self.env["affairs.asset.inventory"].create({"room_id": room.id})
        inventory.action_generate_lines()
        self.assertEqual(inventory.line_ids.asset_id, here)

    def test_scope_and_lines_required(self):
        """A count needs a scope, and lines before it is submitted."""
        inventory = self.env["affairs.asset.inventory"].create({})
        with self.assertRaises(UserError):
            inventory.action_generate_lines()
        with self.assertRaises(UserError):
            inventory.action_submit()
