# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import ValidationError


class AccountAsset(models.Model):
    _inherit = "account.asset"

    @api.constrains("salvage_value", "company_id")
    def _check_l10n_cn_gov_salvage_value(self):
        for asset in self:
            if asset.company_id.chart_template == "cn_gov" and asset.salvage_value:
                raise ValidationError(
                    self.env._(
                        "Under the Government Accounting System fixed assets are "
                        "depreciated without salvage value (%s).",
                        asset.name,
                    )
                )
