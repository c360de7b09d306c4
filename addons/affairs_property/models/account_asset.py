# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AccountAsset(models.Model):
    """Batch creation of the accounting assets of asset cards."""

    _inherit = "account.asset"

    def _create_first_asset_line(self):
        # account_asset_management creates the first line (the depreciation
        # base) of each new asset one by one; the cards' assets get theirs
        # in one batch from _affairs_create_first_lines.
        if self.env.context.get("affairs_batch_asset_lines"):
            return
        return super()._create_first_asset_line()

    def _affairs_create_first_lines(self):
        """The first line (the depreciation base) of each asset, as
        account_asset_management writes it, for all the assets in one create."""
        self.env["account.asset.line"].create(
            [
                {
                    "amount": asset.depreciation_base,
                    "asset_id": asset.id,
                    "name": asset._get_depreciation_entry_name(0),
                    "line_date": asset.date_start,
                    "init_entry": True,
                    "type": "create",
                }
                for asset in self
                if asset.depreciation_base and not asset.depreciation_line_ids
            ]
        )

    def _affairs_open_without_board(self):
        """``validate()`` without the depreciation board (computed later in batch)."""
        # asset_validate_from_write: skip account_asset_management's per-asset
        # work in write (first line, board) that validate() does not need here.
        assets = self.with_context(asset_validate_from_write=True)
        closed = assets.filtered(
            lambda asset: asset.currency_id.is_zero(asset.value_residual)
        )
        closed.write({"state": "close"})
        (assets - closed).write({"state": "open"})
