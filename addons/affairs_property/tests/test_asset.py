# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from .common import PropertyCommon


class TestAsset(PropertyCommon):
    def test_categories_and_depreciation_years(self):
        """Every national class is shipped; lives come from the 财会〔2017〕4号 table."""
        codes = set(self.env["affairs.asset.category"].search([]).mapped("code"))
        for code in ("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08"):
            self.assertIn(code, codes)
        self.assertEqual(self._category("A02.1")._affairs_depreciation_years(), 6)
        self.assertEqual(self._category("A02.3")._affairs_depreciation_years(), 8)
        self.assertEqual(self._category("A05.1")._affairs_depreciation_years(), 15)
        self.assertEqual(self._category("A01.2")._affairs_depreciation_years(), 50)

    def test_local_book_overrides_depreciation_years(self):
        """A local row for the same class code overrides the national life."""
        book = self.env["affairs.standard.book"].create(
            {
                "name": "地方",
                "scope": "local",
                "date_from": "2020-01-01",
                "company_id": self.company.id,
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
            }
        )
        self.company.affairs_standard_book_id = book
        self.env["affairs.asset.category"].create(
            {
                "book_id": book.id,
                "code": "A02.1",
                "name": "计算机",
                "depreciation_years": 5,
            }
        )
        national = self.env.ref("affairs_property.asset_category_a02_1")
        self.assertEqual(national._affairs_depreciation_years(), 5)

    def test_card_number_and_register(self):
        """Each asset gets a card number; no asset without an agency while in use."""
        asset = self._asset()
        self.assertTrue(asset.card_number.startswith("ZC"))
        self.assertEqual(asset.state, "in_use")
        self.assertEqual(asset.value_residual, 6000)
        with self.assertRaises(ValidationError):
            self._asset(agency=self.municipal).agency_id = False

    def test_custodian_of_agency(self):
        """The custodian works for the asset's agency."""
        stranger = self._employee("外单位", self.other_agency, "staff")
        with self.assertRaises(ValidationError):
            self._asset(custodian_id=stranger.id)

    def test_account_asset_with_profile(self):
        """With a class profile the card is booked in account_asset_management,
        depreciated over the class's life."""
        category = self._category("A02.1")
        category.action_create_asset_profiles()
        profile = category.asset_profile_id
        self.assertEqual(profile.method_number, 6)
        asset = self._asset(value=7200.0)
        account_asset = asset.account_asset_id
        self.assertTrue(account_asset)
        self.assertEqual(account_asset.purchase_value, 7200)
        self.assertEqual(account_asset.state, "open")
        self.assertEqual(account_asset.code, asset.card_number)
        lines = account_asset.depreciation_line_ids.filtered(
            lambda l: l.type == "depreciate"
        )
        self.assertAlmostEqual(sum(lines.mapped("amount")), 7200, places=2)
        with self.assertRaises(UserError):
            asset.unlink()

    def test_non_depreciable_class_not_booked(self):
        """Cultural relics (no life) get no profile and stay at original value."""
        relic = self._category("A03")
        relic.action_create_asset_profiles()
        self.assertFalse(relic.asset_profile_id)
        asset = self._asset(name="青铜器", code="A03", value=50000)
        self.assertFalse(asset.account_asset_id)
        with self.assertRaises(UserError):
            asset.action_create_account_asset()

    def test_form(self):
        """An asset card can be filled in the form."""
        with Form(self.env["affairs.asset"]) as form:
            form.name = "办公桌"
            form.category_id = self._category("A05.1")
            form.agency_id = self.municipal
            form.acquisition_date = "2023-05-01"
            form.acquisition_value = 1500
        self.assertTrue(form.record.card_number)
