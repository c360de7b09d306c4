# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import UserError

from .common import PropertyCommon


class TestPropertyInternalControl(PropertyCommon):
    """Space requests and repairs move only through their actions."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.chief = cls._employee("处长", cls.municipal, "division")
        cls.free_room = cls._room("701", 24.0)

    def _space_request(self):
        return (
            self.env["affairs.space.request"]
            .with_user(self.officer)
            .create(
                {
                    "request_type": "allocate",
                    "agency_id": self.municipal.id,
                    "reason": "新设处室",
                    "line_ids": [
                        Command.create(
                            {
                                "room_id": self.free_room.id,
                                "employee_ids": [Command.set(self.chief.ids)],
                            }
                        )
                    ],
                }
            )
        )

    def test_draft_space_request_cannot_jump_to_approved(self):
        request = self._space_request()
        for user in (self.cadre, self.officer, self.manager):
            with self.assertRaisesRegex(UserError, "only through its actions"):
                request.with_user(user).write({"state": "approved"})
        with self.assertRaises(UserError):
            request.with_user(self.officer).action_done()
        self.assertFalse(self.free_room.agency_id)

    def test_space_request_carried_out_by_the_desk_only(self):
        request = self._space_request()
        request.action_submit()
        self._approve_all(request, (self.officer2, self.manager))
        self.assertEqual(request.state, "approved")
        with self.assertRaisesRegex(UserError, "has been submitted"):
            request.with_user(self.officer).write({"reason": "rewritten"})
        with self.assertRaises(UserError):
            request.with_user(self.cadre).action_done()
        request.with_user(self.officer).action_done()
        self.assertEqual(request.state, "done")
        with self.assertRaisesRegex(UserError, "closed"):
            request.with_user(self.manager).write({"reason": "after the fact"})
        with self.assertRaisesRegex(UserError, "only through its actions"):
            request.with_user(self.manager).write({"date_done": False})

    def test_repair_create_with_state_refused(self):
        Repair = self.env["affairs.repair"].with_user(self.cadre)
        vals = {"title": "门窗", "building_id": self.building.id, "budget": 100}
        with self.assertRaisesRegex(UserError, "starts as a draft"):
            Repair.create(dict(vals, state="done"))
        with self.assertRaisesRegex(UserError, "Only the affairs desk"):
            Repair.create(dict(vals, cost=1))
        repair = Repair.create(vals)
        with self.assertRaises(UserError):
            repair.action_start()
