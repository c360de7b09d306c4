# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import UserError

from .common import PropertyCommon


class TestAssetTransfer(PropertyCommon):
    def _transfer(self, assets, transfer_type="agency", user=None, **vals):
        Transfer = self.env["affairs.asset.transfer"].with_user(user or self.cadre)
        return Transfer.create(
            dict(
                {
                    "transfer_type": transfer_type,
                    "from_agency_id": self.municipal.id,
                    "to_agency_id": self.other_agency.id,
                    "asset_ids": [Command.set(assets.ids)],
                    "reason": "机构调整",
                },
                **vals,
            )
        )

    def _run(self, transfer, approvers=None):
        transfer.action_submit()
        self._approve_all(transfer, approvers)
        transfer.with_user(self.officer).action_done()

    def test_transfer_between_agencies(self):
        """An approved transfer moves the asset to the receiving agency."""
        asset = self._asset()
        transfer = self._transfer(asset)
        self._run(transfer)
        self.assertEqual(transfer.state, "done")
        self.assertEqual(asset.agency_id, self.other_agency)

    def test_warehouse_round_trip(self):
        """Idle assets go to the public warehouse and are re-allocated from it."""
        asset = self._asset()
        self._run(self._transfer(asset, "to_warehouse", to_agency_id=False))
        self.assertEqual(asset.state, "idle")
        self.assertFalse(asset.agency_id)
        self._run(
            self._transfer(asset, "from_warehouse", self.officer, from_agency_id=False),
            (self.officer2, self.manager),
        )
        self.assertEqual(asset.state, "in_use")
        self.assertEqual(asset.agency_id, self.other_agency)

    def test_threshold_by_value(self):
        """Under 100,000 the officer approves alone; from 100,000 a manager too."""
        low = self._transfer(self._asset(value=99999))
        low.action_submit()
        self.assertEqual(len(low.review_ids), 1)
        high = self._transfer(self._asset(value=100000))
        high.action_submit()
        self.assertEqual(len(high.review_ids), 2)

    def test_refusals(self):
        """Assets of another agency, idle assets and self transfers are refused."""
        foreign = self._asset(agency=self.other_agency)
        with self.assertRaises(UserError):
            self._transfer(foreign).action_submit()
        asset = self._asset()
        with self.assertRaises(UserError):
            self._transfer(asset, to_agency_id=self.municipal.id).action_submit()
        with self.assertRaises(UserError):
            self._transfer(asset, "from_warehouse").action_submit()
        with self.assertRaises(UserError):
            self._transfer(self.env["affairs.asset"]).action_submit()
