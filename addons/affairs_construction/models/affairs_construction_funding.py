# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_construction_project import MAX_AMOUNT


class AffairsConstructionFunding(models.Model):
    """One funding source of a project (fiscal, special bond, self-raised...)."""

    _name = "affairs.construction.funding"
    _description = "Construction Project Funding Source"
    _order = "project_id, id"

    project_id = fields.Many2one(
        "affairs.construction.project", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    currency_id = fields.Many2one(related="project_id.currency_id")
    source = fields.Selection(
        [
            ("fiscal", "Fiscal Appropriation"),
            ("bond", "Special Bond"),
            ("self_raised", "Self-raised"),
            ("other", "Other"),
        ],
        required=True,
        default="fiscal",
    )
    amount = fields.Monetary(required=True)
    note = fields.Char()

    @api.constrains("amount")
    def _check_amount(self):
        for funding in self:
            if not 0 <= funding.amount <= MAX_AMOUNT:
                raise ValidationError(
                    self.env._("A funding amount must be positive and plausible.")
                )
