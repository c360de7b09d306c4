# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

COST_TYPES = [
    ("travel", "International Travel (国际旅费)"),
    ("lodging", "Lodging (住宿费)"),
    ("meals", "Meals (伙食费)"),
    ("misc", "Miscellaneous (公杂费)"),
    ("other", "Other (其他)"),
]


class AffairsOutboundTripCost(models.Model):
    """A cost line of an outbound trip."""

    _name = "affairs.outbound.trip.cost"
    _description = "Outbound Trip Cost"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "trip_id"
    _order = "trip_id, sequence, id"

    trip_id = fields.Many2one(
        "affairs.outbound.trip", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    cost_type = fields.Selection(COST_TYPES, required=True, default="travel")
    name = fields.Char(string="Description", required=True)
    amount = fields.Monetary(required=True)
    company_id = fields.Many2one(related="trip_id.company_id", store=True)
    currency_id = fields.Many2one(related="trip_id.currency_id")

    _amount_range = models.Constraint(
        "CHECK(amount >= 0 AND amount <= 100000000)",
        "A trip cost must be between 0 and 100,000,000.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_trip_draft()
        return lines

    def write(self, vals):
        self._check_trip_draft()
        res = super().write(vals)
        self._check_trip_draft()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        self._check_trip_draft()

    def _check_trip_draft(self):
        """Costs change only while the trip is a draft: the approved total
        is what the budget holds."""
        if any(line.trip_id.state != "draft" for line in self):
            raise UserError(
                self.env._("The costs of a submitted or approved trip are locked.")
            )
