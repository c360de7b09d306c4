# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError


class AffairsReceptionLineMixin(models.AbstractModel):
    """Common part of the lines of a reception (guests, meals, lodging, ...).

    The plan is fixed once submitted (affairs_base's approval line mixin):
    planned fields (``_planned_fields``) change only while the reception is a
    draft, lines are added or removed only then; the bureau records actual
    costs while it is approved, under way or done; a settled reception's
    lines do not move.
    """

    _name = "affairs.reception.line.mixin"
    _inherit = ["affairs.approval.line.mixin"]
    _description = "Reception Line"
    _affairs_parent_field = "reception_id"
    _planned_fields = ()
    # Fields only the bureau writes, whatever the state (the bills).
    _desk_only_fields = ("bill_id",)

    reception_id = fields.Many2one(
        "affairs.reception",
        string="Reception",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        related="reception_id.company_id", store=True, index=True
    )
    currency_id = fields.Many2one(related="reception_id.currency_id")
    reception_state = fields.Selection(related="reception_id.state", string="Status")

    def write(self, vals):
        if (
            set(vals) & set(self._desk_only_fields)
            and not self.env.su
            and not self.env.user.has_group("affairs_base.group_affairs_officer")
        ):
            raise AccessError(self.env._("Only bureau officers link lines to bills."))
        return super().write(vals)

    @api.model
    def _affairs_line_desk_field_names(self):
        """Everything but the plan: actual costs, bills, notes."""
        return set(self._fields) - set(self._planned_fields)
