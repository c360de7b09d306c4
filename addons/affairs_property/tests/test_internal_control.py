# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError

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

    # ---- lines lock with their document (affairs.approval.line.mixin) ----
    def test_space_request_lines_lock_after_submission(self):
        """The rooms and occupants of a submitted request stay as approved."""
        request = self._space_request()
        line = request.line_ids
        other_room = self._room("702", 20.0)
        # draft: the lines move freely
        line.with_user(self.officer).write({"employee_ids": [Command.clear()]})
        line.with_user(self.officer).write(
            {"employee_ids": [Command.set(self.chief.ids)]}
        )
        request.action_submit()
        self.assertTrue(line.affairs_line_locked)
        Line = self.env["affairs.space.request.line"]
        with self.assertRaises(UserError):  # its access rights, or the lock
            line.with_user(self.cadre).write({"room_id": other_room.id})
        with self.assertRaises(UserError):
            Line.with_user(self.cadre).create(
                {"request_id": request.id, "room_id": other_room.id}
            )
        for user in (self.officer, self.manager):
            with self.assertRaisesRegex(UserError, "has been submitted"):
                line.with_user(user).write({"room_id": other_room.id})
            with self.assertRaisesRegex(UserError, "has been submitted"):
                line.with_user(user).write({"employee_ids": [Command.clear()]})
            with self.assertRaisesRegex(UserError, "can no longer be added"):
                line.with_user(user).unlink()
            with self.assertRaisesRegex(UserError, "can no longer be added"):
                self.env["affairs.space.request.line"].with_user(user).create(
                    {"request_id": request.id, "room_id": other_room.id}
                )
            with self.assertRaises(UserError):
                request.with_user(user).write(
                    {"line_ids": [Command.create({"room_id": other_room.id})]}
                )
        # a line of a draft request cannot be moved into the submitted one
        draft = self._space_request()
        with self.assertRaisesRegex(UserError, "can no longer be added"):
            draft.line_ids.with_user(self.officer).write({"request_id": request.id})
        self._approve_all(request, (self.officer2, self.manager))
        request.with_user(self.officer).action_done()
        self.assertEqual(line.room_id, self.free_room)
        self.assertEqual(line.employee_ids, self.chief)
        self.assertEqual(self.free_room.occupant_ids, self.chief)
        with self.assertRaisesRegex(UserError, "closed"):
            line.with_user(self.manager).write({"employee_ids": [Command.clear()]})

    def test_lease_schedule_moves_only_through_its_actions(self):
        """Instalments of a running lease: only the invoicing links them."""
        shop = self._room("S71", 30.0, usage="ancillary")
        lease = (
            self.env["affairs.lease"]
            .with_user(self.officer)
            .create(
                {
                    "object_type": "storefront",
                    "room_id": shop.id,
                    "partner_id": self.env["res.partner"].create({"name": "租户"}).id,
                    "agency_id": self.municipal.id,
                    "date_start": "2025-01-01",
                    "date_end": "2025-12-31",
                    "rent": 3000,
                    "period": "quarter",
                }
            )
        )
        lease.with_user(self.officer).action_submit()
        self._approve_all(lease, (self.officer2, self.manager))
        lease.with_user(self.officer).action_start()
        line = lease.line_ids[:1]
        self.assertTrue(line)
        with self.assertRaisesRegex(UserError, "has been submitted"):
            line.with_user(self.officer).write({"amount": 1})
        with self.assertRaisesRegex(UserError, "can no longer be added"):
            line.with_user(self.officer).unlink()
        with self.assertRaises(AccessError):
            line.with_user(self.cadre).write({"invoice_id": False})
        lease.with_user(self.officer).action_close()
        self.assertEqual(lease.state, "done")

    # ---- approved corrections ----
    def test_correction_is_a_new_request(self):
        """An approved request is corrected by a linked copy that is approved
        again; the original keeps its state and content."""
        request = self._space_request()
        request.action_submit()
        self._approve_all(request, (self.officer2, self.manager))
        with self.assertRaisesRegex(UserError, "reason"):
            request.with_user(self.officer).action_request_correction("  ")
        with self.assertRaises(AccessError):
            request.with_user(self.cadre).action_request_correction("换房")
        action = request.with_user(self.officer).action_request_correction("换房间")
        correction = request.browse(action["res_id"])
        self.assertNotEqual(correction, request)
        self.assertEqual(correction.state, "draft")
        self.assertEqual(correction.affairs_correction_of_res_id, request.id)
        self.assertEqual(correction.affairs_correction_of_name, request.display_name)
        self.assertEqual(correction.affairs_correction_reason, "换房间")
        self.assertEqual(request.state, "approved")
        self.assertEqual(request.affairs_correction_count, 1)
        self.assertEqual(correction.line_ids.room_id, self.free_room)
        self.assertIn("换房间", request.message_ids[0].body)
        # one open correction at a time; the link cannot be forged
        with self.assertRaisesRegex(UserError, "already open"):
            request.with_user(self.officer).action_request_correction("again")
        with self.assertRaisesRegex(UserError, "only through its actions"):
            correction.with_user(self.officer).write(
                {"affairs_correction_of_res_id": False}
            )
        forged = request.with_user(self.officer).copy(
            {"affairs_correction_of_res_id": request.id}
        )
        self.assertFalse(forged.affairs_correction_of_res_id)
        forged.unlink()
        # the correction is edited in draft and approved again
        other_room = self._room("703", 20.0)
        correction.line_ids.with_user(self.officer).write({"room_id": other_room.id})
        correction.with_user(self.officer).action_submit()
        self._approve_all(correction, (self.officer2, self.manager))
        self.assertEqual(correction.state, "approved")
        self.assertIn("Correction approved", request.message_ids[0].body)
        self.assertEqual(request.line_ids.room_id, self.free_room)

    def test_draft_cannot_be_corrected(self):
        request = self._space_request()
        with self.assertRaisesRegex(UserError, "Only an approved document"):
            request.with_user(self.officer).action_request_correction("早了")
