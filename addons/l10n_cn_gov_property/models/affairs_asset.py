# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsAsset(models.Model):
    _inherit = "affairs.asset"

    def _affairs_prepare_account_asset_vals(self, profile):
        values = super()._affairs_prepare_account_asset_vals(profile)
        if self.company_id.chart_template == "cn_gov":
            values["salvage_value"] = 0.0
        return values
