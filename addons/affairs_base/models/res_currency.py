# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from decimal import ROUND_HALF_UP, Decimal

import cn2an

from odoo import api, models


class ResCurrency(models.Model):
    _inherit = "res.currency"

    @api.model
    def amount_to_cn_capital(self, amount):
        """Amount in RMB capital numerals (大写), e.g. 12345.6 → 壹万贰仟叁佰肆拾伍元陆角整.

        Rounded half-up to the fen. Whole yuan and amounts ending in jiao end
        with 整; negative amounts are prefixed with 负.
        """
        value = Decimal(str(amount or 0)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if value < 0:
            return "负" + self.amount_to_cn_capital(-value)
        if value == 0:
            return "零元整"
        # cn2an's rmb mode writes the yuan/jiao/fen part; 整 is added for
        # amounts without fen, as financial practice writes it.
        text = cn2an.an2cn(f"{value:.2f}", "rmb")
        if not text.endswith(("分", "整")):
            text += "整"
        return text
