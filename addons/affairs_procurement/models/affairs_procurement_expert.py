# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsProcurementExpert(models.Model):
    """An evaluation expert of the pool (评审专家库).

    ``conflict_partner_ids`` lists suppliers the expert is related to
    (employment, board or shareholding within 3 years, family ties with the
    legal representative): the expert is never drawn for their bids.
    """

    _name = "affairs.procurement.expert"
    _description = "Evaluation Expert"
    _inherit = ["mail.thread"]
    _order = "name"

    name = fields.Char(required=True, tracking=True)
    user_id = fields.Many2one(
        "res.users", string="User", help="Login the expert scores with.", index=True
    )
    specialty = fields.Char()
    phone = fields.Char()
    conflict_partner_ids = fields.Many2many(
        "res.partner",
        string="Related Suppliers",
        help="Suppliers the expert must recuse from (条例第9条).",
    )
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    active = fields.Boolean(default=True)

    _user_uniq = models.Constraint(
        "UNIQUE(user_id)", "A user can be only one expert of the pool."
    )
