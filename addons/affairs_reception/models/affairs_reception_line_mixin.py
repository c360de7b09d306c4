# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class AffairsReceptionLineMixin(models.AbstractModel):
    """Common part of the lines of a reception (guests, meals, lodging, ...).

    The plan is fixed once submitted: planned fields (``_planned_fields``)
    change only while the reception is a draft; actual costs are recorded
    while it is approved, under way or done.
    """

    _name = "affairs.reception.line.mixin"
    _description = "Reception Line"
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

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_plan_editable()
        return lines

    def write(self, vals):
        self._check_actuals_editable(vals)
        if set(vals) & set(self._planned_fields):
            self._check_plan_editable()
        res = super().write(vals)
        if "reception_id" in vals:
            self._check_plan_editable()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_planned(self):
        self._check_plan_editable()

    def _check_actuals_editable(self, vals):
        """After submission only the bureau records actual costs and bills;
        a settled (or closed) reception's lines do not move."""
        if self.env.su:
            return
        is_desk = self.env.user.has_group("affairs_base.group_affairs_officer")
        if set(vals) & set(self._desk_only_fields) and not is_desk:
            raise AccessError(self.env._("Only bureau officers link lines to bills."))
        for line in self:
            reception = line.reception_id
            if reception.state in reception._affairs_final_states:
                raise UserError(
                    self.env._(
                        "%(name)s is closed: its lines can no longer be changed.",
                        name=reception.display_name,
                    )
                )
            if reception.state != "draft" and not is_desk:
                raise AccessError(
                    self.env._(
                        "Only bureau officers record the actual costs and bills "
                        "of %(name)s.",
                        name=reception.display_name,
                    )
                )

    def _check_plan_editable(self):
        for line in self:
            if line.reception_id.state != "draft":
                raise UserError(
                    self.env._(
                        "The plan of %(name)s is fixed once submitted: reset it "
                        "to draft to change it.",
                        name=line.reception_id.display_name,
                    )
                )
