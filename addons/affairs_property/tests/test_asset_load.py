# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from unittest.mock import patch

from odoo.addons.affairs_base.tests.common import import_rows
from odoo.addons.base.models.ir_cron import IrCron

from .common import PropertyCommon


class TestAssetLoad(PropertyCommon):
    """Initial load of the register: batch numbering, deferred boards, flat query counts."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.category = cls._category("A02.1")
        cls.category.action_create_asset_profiles()

    def _cards(self, count, **context):
        return (
            self.env["affairs.asset"]
            .with_context(**context)
            .create(
                [
                    {
                        "name": f"计算机{index}",
                        "category_id": self.category.id,
                        "agency_id": self.municipal.id,
                        "acquisition_date": "2024-01-15",
                        "acquisition_value": 6000 + index,
                    }
                    for index in range(count)
                ]
            )
        )

    def _boards(self, cards):
        return cards.account_asset_id.depreciation_line_ids.filtered(
            lambda line: line.type == "depreciate"
        )

    def test_card_numbers_drawn_in_batch(self):
        cards = self._cards(3, affairs_defer_depreciation=True)
        numbers = cards.mapped("card_number")
        self.assertEqual(len(set(numbers)), 3)
        self.assertTrue(all(number.startswith("ZC") for number in numbers))
        self.assertEqual(sorted(numbers), numbers, "numbers follow the creation order")

    def test_hand_entered_card_has_its_board_at_once(self):
        card = self._cards(1)
        self.assertEqual(card.account_asset_id.state, "open")
        self.assertTrue(self._boards(card))
        self.assertFalse(card.filtered_domain(card._affairs_board_pending_domain()))

    def test_loaded_cards_get_their_boards_from_the_cron(self):
        cards = self._cards(3, affairs_defer_depreciation=True)
        self.assertEqual(set(cards.account_asset_id.mapped("state")), {"open"})
        self.assertEqual(
            cards.account_asset_id.mapped("value_residual"),
            cards.mapped("acquisition_value"),
        )
        self.assertFalse(self._boards(cards), "the boards wait for the cron")
        Asset = self.env["affairs.asset"]
        self.assertEqual(
            Asset.search(Asset._affairs_board_pending_domain()) & cards, cards
        )
        with patch.object(IrCron, "_commit_progress", return_value=60.0) as progress:
            Asset._cron_compute_depreciation_boards(batch_size=2)
        self.assertEqual(progress.call_count, 2, "two batches of at most two cards")
        self.assertFalse(Asset.search(Asset._affairs_board_pending_domain()) & cards)
        for card in cards:
            base = card.account_asset_id.depreciation_line_ids.filtered(
                lambda line: line.type == "create"
            )
            self.assertEqual(base.amount, card.acquisition_value)
            self.assertAlmostEqual(
                sum(self._boards(card).mapped("amount")),
                card.acquisition_value,
                places=2,
            )

    def _create_queries(self, count):
        self.env.flush_all()
        before = self.env.cr.sql_log_count
        self._cards(count, affairs_defer_depreciation=True, tracking_disable=True)
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def test_load_query_count_does_not_grow(self):
        """Cards with their accounting assets: 10 or 40 cost the same queries."""
        self._create_queries(5)  # warm-up
        self.assertEqual(self._create_queries(10), self._create_queries(40))

    def _import_queries(self, count, tag):
        rows = [
            [
                f"{tag}-{index:03d}",
                "台式计算机",
                self.category.code,
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
            for index in range(count)
        ]
        self.env.flush_all()
        before = self.env.cr.sql_log_count
        result = import_rows(self.env, "affairs.asset", "asset", rows)
        self.assertFalse(result["messages"], result["messages"])
        self.assertEqual(len(result["ids"]), count)
        return self.env.cr.sql_log_count - before

    def test_import_looks_each_name_up_once(self):
        """Importing 10 or 40 rows naming the same class and agency: same queries."""
        self._import_queries(3, "W")  # warm-up
        self.assertEqual(self._import_queries(10, "S"), self._import_queries(40, "L"))
