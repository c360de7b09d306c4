# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class AffairsAssetCategory(models.Model):
    _inherit = "affairs.asset.category"

    @api.model
    def _affairs_profile_accounts(self, company):
        values = super()._affairs_profile_accounts(company)
        if not values or company.chart_template != "cn_gov":
            return values
        accounts = {
            field: company._l10n_cn_gov_account(code)
            for field, code in (
                ("account_asset_id", "1601"),
                ("account_depreciation_id", "1602"),
                ("account_expense_depreciation_id", "5001"),
                ("account_residual_value_id", "5301"),
                ("account_min_value_id", "5301"),
                ("account_plus_value_id", "4609"),
            )
        }
        values.update(
            {field: account.id for field, account in accounts.items() if account}
        )
        # 政府会计准则第3号: fixed assets are depreciated without salvage value.
        values.update(salvage_value=0.0, salvage_type="fixed")
        return values
