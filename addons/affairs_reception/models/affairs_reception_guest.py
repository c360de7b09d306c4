# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AffairsReceptionGuest(models.Model):
    """A member of the visiting delegation (来宾)."""

    _name = "affairs.reception.guest"
    _inherit = ["affairs.reception.line.mixin"]
    _description = "Reception Guest"
    _order = "reception_id, rank_sequence, sequence, id"
    _planned_fields = ("name", "rank_id", "reception_id")

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    unit = fields.Char(
        compute="_compute_unit",
        store=True,
        readonly=False,
        help="Unit of the guest; defaults to the sending unit.",
    )
    post = fields.Char(string="Post", help="Post title as written on the letter.")
    rank_id = fields.Many2one("affairs.rank", string="Rank", index=True)
    rank_sequence = fields.Integer(
        related="rank_id.post_level_id.sequence", store=True, string="Rank Order"
    )
    gender = fields.Selection([("male", "Male"), ("female", "Female")])
    phone = fields.Char(string="Contact")
    is_head = fields.Boolean(string="Head of Delegation")

    @api.depends("reception_id.visiting_partner_id")
    def _compute_unit(self):
        for guest in self:
            if not guest.unit:
                guest.unit = guest.reception_id.visiting_partner_id.name
