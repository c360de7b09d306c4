# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError

from .common import PropertyCommon


class TestRepair(PropertyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.room = cls._room("701", 20.0)

    def _repair(self, budget):
        return (
            self.env["affairs.repair"]
            .with_user(self.cadre)
            .create(
                {
                    "title": "更换门窗",
                    "building_id": self.building.id,
                    "room_ids": [(6, 0, self.room.ids)],
                    "budget": budget,
                }
            )
        )

    def test_threshold_below(self):
        """A budget just under 100,000 needs the officer step only."""
        repair = self._repair(99999.99)
        repair.action_submit()
        self.assertEqual(len(repair.review_ids), 1)
        repair.with_user(self.officer).action_approve()
        self.assertEqual(repair.state, "approved")

    def test_threshold_at(self):
        """A budget of 100,000 also needs a manager."""
        repair = self._repair(100000)
        repair.action_submit()
        self.assertEqual(len(repair.review_ids), 2)
        repair.with_user(self.officer).action_approve()
        self.assertEqual(repair.state, "submitted")
        repair.with_user(self.manager).action_approve()
        self.assertEqual(repair.state, "approved")

    def test_room_under_repair_then_released(self):
        """Running works block allocation; finishing needs the cost and frees rooms."""
        repair = self._repair(5000)
        repair.action_submit()
        repair.with_user(self.officer).action_approve()
        repair.with_user(self.officer).action_start()
        self.assertEqual(self.room.state, "repair")
        with self.assertRaises(ValidationError):
            self.room.agency_id = self.municipal
        with self.assertRaises(UserError):
            repair.with_user(self.officer).action_done()
        repair.with_user(self.officer).cost = 4800
        repair.with_user(self.officer).action_done()
        self.assertEqual(repair.state, "done")
        self.assertEqual(self.room.state, "free")

    def test_major_repair_needs_description(self):
        """A major repair cannot be submitted without a description of the works."""
        repair = self._repair(500000)
        repair.repair_type = "major"
        with self.assertRaises(UserError):
            repair.action_submit()

    def test_room_of_other_building_refused(self):
        """Rooms of a repair belong to its building."""
        other = self.env["affairs.building"].create({"name": "二号楼", "code": "TB2"})
        with self.assertRaises(ValidationError):
            self.env["affairs.repair"].create(
                {
                    "title": "x",
                    "building_id": other.id,
                    "room_ids": [(6, 0, self.room.ids)],
                    "budget": 10,
                }
            )
