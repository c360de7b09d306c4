# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsStandardParameterMixin(models.AbstractModel):
    """A rule table of numeric parameters: one ``value`` per ``code``.

    The inheriting table defines ``code`` (a selection or a char). Every
    parameter table reads its rows the same way, for the reference date and
    company of the record they rule:

    - ``_get_param(code)``: the number in force, ``default`` (None) when no
      book in force has the rule;
    - ``_get_flag(code)``: a yes/no rule (0 = no, anything else = yes);
    - ``_get_amount(code)``: an amount in the company's currency (CNY),
      rounded to it;
    - ``_get_params(codes)``: ``{code: number}`` of those in force.
    """

    _name = "affairs.standard.parameter.mixin"
    _inherit = ["affairs.standard.mixin"]
    _description = "Standards Parameter Table"

    value = fields.Float(required=True)

    def _rule_key(self):
        self.ensure_one()
        return self.code

    @api.model
    def _get_params(self, codes, *, date=None, company=None):
        """``{code: value}`` of the rules in force among ``codes``."""
        rules = self._get_rules(
            [("code", "in", list(codes))], date=date, company=company
        )
        return {rule.code: rule.value for rule in rules}

    @api.model
    def _get_param(self, code, default=None, *, date=None, company=None):
        """The number of rule ``code`` in force, ``default`` if there is none."""
        return self._get_params([code], date=date, company=company).get(code, default)

    @api.model
    def _get_flag(self, code, default=False, *, date=None, company=None):
        """A yes/no rule: True unless its value is 0; ``default`` if missing."""
        value = self._get_param(code, date=date, company=company)
        return default if value is None else bool(value)

    @api.model
    def _get_amount(self, code, default=None, *, date=None, company=None):
        """An amount rule in the company's currency, ``default`` if missing."""
        value = self._get_param(code, date=date, company=company)
        if value is None:
            return default
        currency = (company or self.env.company).currency_id
        return currency.round(value) if currency else value
