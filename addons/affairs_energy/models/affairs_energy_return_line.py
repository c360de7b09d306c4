# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from .affairs_energy_factor import KINDS, UNITS
from .affairs_energy_meter import DEFAULT_UNITS


class AffairsEnergyReturnLine(models.Model):
    """One item (电力, 水, 天然气 …) of a statistics return."""

    _name = "affairs.energy.return.line"
    _description = "Energy Statistics Return Line"
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "return_id"
    _order = "return_id, id"

    return_id = fields.Many2one(
        "affairs.energy.return", required=True, index=True, ondelete="cascade"
    )
    kind = fields.Selection(KINDS, string="Item", required=True)
    unit = fields.Selection(UNITS, compute="_compute_unit")
    quantity = fields.Float(digits=(16, 2))
    kgce = fields.Float(string="kgce", digits=(16, 2))
    kgce_equal_value = fields.Float(string="kgce (Equal Value)", digits=(16, 2))
    last_quantity = fields.Float(string="Same Period Last Year", digits=(16, 2))
    last_kgce = fields.Float(string="Last Year kgce", digits=(16, 2))
    change_rate = fields.Float(
        string="Change (%)", compute="_compute_change", store=True, digits=(16, 1)
    )
    needs_explanation = fields.Boolean(compute="_compute_change", store=True)
    explanation = fields.Char()

    def write(self, vals):
        self.return_id._check_editable()
        return super().write(vals)

    @api.depends("kind")
    def _compute_unit(self):
        for line in self:
            line.unit = DEFAULT_UNITS.get(line.kind)

    @api.depends("quantity", "last_quantity", "return_id.change_alert_rate")
    def _compute_change(self):
        for line in self:
            if line.last_quantity:
                line.change_rate = (
                    (line.quantity - line.last_quantity) / line.last_quantity * 100.0
                )
            else:
                line.change_rate = 0.0
            rate = line.return_id.change_alert_rate
            line.needs_explanation = bool(rate) and (
                abs(line.change_rate) > rate
                or (not line.last_quantity and bool(line.quantity))
            )

    @api.depends("kind")
    def _compute_display_name(self):
        labels = dict(self._fields["kind"]._description_selection(self.env))
        for line in self:
            line.display_name = labels.get(line.kind, "")
