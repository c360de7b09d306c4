# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError

from .common import PropertyCommon


class TestAccess(PropertyCommon):
    def test_cadre_sees_own_agency_only(self):
        """An agency cadre reads the assets and rooms of his agency, not others'."""
        mine = self._asset()
        theirs = self._asset(agency=self.other_agency)
        Asset = self.env["affairs.asset"].with_user(self.cadre)
        self.assertEqual(Asset.search([("id", "in", (mine | theirs).ids)]), mine)
        with self.assertRaises(AccessError):
            theirs.with_user(self.cadre).read(["name"])
        my_room = self._room("901", 9.0, self.municipal)
        their_room = self._room("902", 9.0, self.other_agency)
        free_room = self._room("903", 9.0)
        Room = self.env["affairs.room"].with_user(self.cadre)
        found = Room.search([("id", "in", (my_room | their_room | free_room).ids)])
        self.assertEqual(found, my_room | free_room)

    def test_cadre_cannot_edit_rooms_or_standards(self):
        """Rooms are the bureau's to allocate; standards are the manager's."""
        room = self._room("904", 9.0)
        with self.assertRaises(AccessError):
            room.with_user(self.cadre).write({"usable_area": 8})
        standard = self.env.ref("affairs_property.area_standard_municipal_division")
        with self.assertRaises(AccessError):
            standard.with_user(self.officer).write({"area": 100})
        standard.with_user(self.manager).write({"area": 25})

    def test_cadre_cannot_edit_asset_cards(self):
        """The register is the bureau's: a cadre reads its agency's cards only."""
        asset = self._asset(value=70522.0)
        for vals in ({"acquisition_value": 1}, {"agency_id": self.other_agency.id}):
            with self.assertRaises(AccessError):
                asset.with_user(self.cadre).write(vals)
        with self.assertRaises(AccessError):
            self.env["affairs.asset"].with_user(self.cadre).create({"name": "x"})
        self.assertEqual(asset.acquisition_value, 70522.0)

    def test_officer_sees_all_agencies(self):
        """Bureau officers see the assets of every agency."""
        assets = self._asset() | self._asset(agency=self.other_agency)
        Asset = self.env["affairs.asset"].with_user(self.officer)
        self.assertEqual(Asset.search([("id", "in", assets.ids)]), assets)

    def test_cadre_cannot_approve(self):
        """A cadre cannot approve a transfer, even of his own agency."""
        transfer = (
            self.env["affairs.asset.transfer"]
            .with_user(self.officer)
            .create(
                {
                    "from_agency_id": self.municipal.id,
                    "to_agency_id": self.other_agency.id,
                    "asset_ids": [Command.set(self._asset().ids)],
                    "reason": "x",
                }
            )
        )
        transfer.action_submit()
        self.assertFalse(transfer.with_user(self.cadre).can_review)

    def test_multi_company(self):
        """Rooms of another company are invisible."""
        other = self.env["res.company"].create({"name": "Other Co"})
        building = self.env["affairs.building"].create(
            {"name": "外楼", "company_id": other.id}
        )
        room = self._room("X1", 9.0, building=building)
        Room = self.env["affairs.room"].with_user(self.officer)
        self.assertFalse(Room.search([("id", "=", room.id)]))
