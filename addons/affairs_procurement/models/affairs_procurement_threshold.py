# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.affairs_base.models.hr_department import AFFAIRS_LEVELS

KINDS = [
    ("goods", "Goods (货物)"),
    ("services", "Services (服务)"),
    ("works", "Works (工程)"),
]
THRESHOLD_TYPES = [
    ("decentralized_limit", "Procurement limit (采购限额标准)"),
    ("open_tender", "Open-tender threshold (公开招标数额标准)"),
    ("sme_price_deduction", "SME price deduction (小微企业价格扣除)"),
    ("panel_seven", "Seven-member panel budget (评标委员会7人以上)"),
    ("sme_full_reservation", "SME full reservation up to (全部预留中小企业)"),
    ("sme_reservation_share", "SME reserved share (预留份额)"),
    ("sme_micro_share", "Small and micro share of the reservation (小微企业比例)"),
]


class AffairsProcurementThreshold(models.Model):
    """Amounts and rates of government procurement, per kind and level.

    A row rules on (type, kind, administrative level); ``all`` levels is the
    fallback of a level without its own row. Local books override national
    rows of the same key.
    """

    _name = "affairs.procurement.threshold"
    _description = "Procurement Threshold"
    _inherit = ["affairs.standard.mixin"]
    _order = "threshold_type, kind, agency_level"

    threshold_type = fields.Selection(THRESHOLD_TYPES, required=True)
    kind = fields.Selection(KINDS, required=True)
    agency_level = fields.Selection(
        [("all", "All levels")] + AFFAIRS_LEVELS,
        string="Administrative Level",
        required=True,
        default="all",
    )
    amount = fields.Float(help="Amount in CNY (thresholds).")
    rate_min = fields.Float(string="Minimum Rate (%)")
    rate_max = fields.Float(string="Maximum Rate (%)")

    @api.constrains("rate_min", "rate_max", "amount")
    def _check_values(self):
        for threshold in self:
            if threshold.amount < 0 or threshold.rate_min < 0:
                raise ValidationError(self.env._("Thresholds cannot be negative."))
            if threshold.rate_max < threshold.rate_min or threshold.rate_max > 100:
                raise ValidationError(
                    self.env._("The rate range must lie between 0 and 100%.")
                )

    def _rule_key(self):
        self.ensure_one()
        return (self.threshold_type, self.kind, self.agency_level)

    @api.model
    def _get_map(self, date=None, company=None):
        """All rows in force as ``{(type, kind, level): row}`` (one lookup)."""
        return {
            row._rule_key(): row for row in self._get_rules(date=date, company=company)
        }

    @api.model
    def _find(self, rule_map, threshold_type, kind, level):
        """The row of ``level``, else the all-levels row, else an empty record."""
        return (
            rule_map.get((threshold_type, kind, level or "all"))
            or rule_map.get((threshold_type, kind, "all"))
            or self.browse()
        )
