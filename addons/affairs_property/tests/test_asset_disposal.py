# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import UserError

from .common import PropertyCommon


class TestAssetDisposal(PropertyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.buyer = cls.env["res.partner"].create({"name": "某拍卖公司"})

    def _disposal(self, assets, disposal_type="scrap", **vals):
        return (
            self.env["affairs.asset.disposal"]
            .with_user(self.cadre)
            .create(
                dict(
                    {
                        "disposal_type": disposal_type,
                        "asset_ids": [Command.set(assets.ids)],
                        "reason": "达到使用年限",
                    },
                    **vals,
                )
            )
        )

    def test_disposal_types(self):
        """The six types of the implementing rules are offered."""
        types = dict(
            self.env["affairs.asset.disposal"]._fields["disposal_type"].selection
        )
        self.assertEqual(
            set(types),
            {"free_transfer", "sale", "exchange", "donation", "scrap", "write_off"},
        )

    def test_threshold_by_original_value(self):
        """Officer alone under 100,000 of original value, a manager from 100,000."""
        low = self._disposal(self._asset(value=99999.99))
        low.action_submit()
        self.assertEqual(len(low.review_ids), 1)
        high = self._disposal(self._asset(value=60000) | self._asset(value=40000))
        self.assertEqual(high.original_value, 100000)
        high.action_submit()
        self.assertEqual(len(high.review_ids), 2)

    def test_scrap_removes_from_register(self):
        """Scrapping marks the assets disposed, without proceeds."""
        asset = self._asset()
        disposal = self._disposal(asset)
        disposal.action_submit()
        self._approve_all(disposal)
        disposal.with_user(self.officer).action_done()
        self.assertEqual(asset.state, "disposed")
        self.assertTrue(asset.disposal_date)
        self.assertFalse(disposal.invoice_id)
        with self.assertRaises(UserError):
            self._disposal(asset).action_submit()

    def test_sale_books_proceeds(self):
        """A sale needs a buyer and proceeds; the proceeds become a customer invoice
        carrying the agency's analytic account."""
        asset = self._asset(value=20000)
        with self.assertRaises(UserError):
            self._disposal(asset, "sale").action_submit()
        with self.assertRaises(UserError):
            self._disposal(asset, "sale", partner_id=self.buyer.id).action_submit()
        with self.assertRaises(UserError):
            self._disposal(asset, "scrap", proceeds=10).action_submit()
        disposal = self._disposal(
            asset, "sale", partner_id=self.buyer.id, proceeds=3500
        )
        disposal.action_submit()
        self._approve_all(disposal)
        disposal.with_user(self.officer).action_done()
        invoice = disposal.invoice_id
        self.assertEqual(invoice.move_type, "out_invoice")
        self.assertEqual(invoice.partner_id, self.buyer)
        self.assertEqual(invoice.amount_total, 3500)
        analytic = str(self.municipal.affairs_analytic_account_id.id)
        self.assertIn(analytic, invoice.invoice_line_ids.analytic_distribution)

    def test_disposal_removes_account_asset(self):
        """Disposing of a booked asset posts its removal in account_asset_management."""
        self._category("A02.1").action_create_asset_profiles()
        asset = self._asset(value=6000)
        account_asset = asset.account_asset_id
        self.assertEqual(account_asset.state, "open")
        disposal = self._disposal(asset)
        disposal.action_submit()
        self._approve_all(disposal)
        disposal.with_user(self.officer).action_done()
        self.assertEqual(account_asset.state, "removed")
        removal = account_asset.depreciation_line_ids.filtered(
            lambda l: l.type == "remove"
        )
        self.assertEqual(removal.amount, 6000)
        self.assertTrue(removal.move_id)

    def test_leased_asset_cannot_be_disposed(self):
        """An asset let out is not disposed of."""
        asset = self._asset()
        asset.state = "leased"
        with self.assertRaises(UserError):
            self._disposal(asset).action_submit()
