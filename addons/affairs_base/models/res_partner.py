# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumValidationError

from odoo import api, models
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.constrains("vat", "country_id", "is_company")
    def _check_affairs_cn_credit_code(self):
        """An organisation's tax ID in China is its unified social credit code."""
        for partner in self:
            if not (
                partner.vat and partner.is_company and partner._affairs_is_chinese()
            ):
                continue
            try:
                uscc.validate(partner.vat)
            except StdnumValidationError as error:
                raise ValidationError(
                    self.env._(
                        "%(vat)s is not a valid unified social credit code "
                        "(统一社会信用代码) for %(name)s: %(reason)s "
                        "It has 18 characters and ends with a check character.",
                        vat=partner.vat,
                        name=partner.name,
                        reason=self.env._(error.message),
                    )
                ) from error

    def _affairs_is_chinese(self):
        self.ensure_one()
        country = (
            self.country_id or self.company_id.country_id or self.env.company.country_id
        )
        return country.code == "CN"
