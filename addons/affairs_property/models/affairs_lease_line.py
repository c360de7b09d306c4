# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class AffairsLeaseLine(models.Model):
    """An instalment of a lease's payment schedule and its invoice."""

    _name = "affairs.lease.line"
    _description = "Lease Instalment"
    _check_company_auto = True
    _inherit = ["affairs.approval.line.mixin"]
    _affairs_parent_field = "lease_id"
    _affairs_line_desk_fields = ("invoice_id",)
    _order = "date_due, id"

    lease_id = fields.Many2one(
        "affairs.lease", required=True, index=True, ondelete="cascade"
    )
    partner_id = fields.Many2one(related="lease_id.partner_id", store=True)
    agency_id = fields.Many2one(related="lease_id.agency_id", store=True)
    date_due = fields.Date(string="Due Date", required=True, index=True)
    amount = fields.Monetary(required=True)
    invoice_id = fields.Many2one(
        "account.move",
        string="Invoice",
        readonly=True,
        copy=False,
        check_company=True,
    )
    invoice_state = fields.Selection(
        related="invoice_id.state", string="Invoice Status"
    )
    payment_state = fields.Selection(related="invoice_id.payment_state")
    company_id = fields.Many2one(related="lease_id.company_id", store=True)
    currency_id = fields.Many2one(related="lease_id.currency_id")

    def _affairs_invoice_due(self, date):
        """Create and post one customer invoice per due instalment."""
        lines = self.filtered(
            lambda line: not line.invoice_id and line.date_due <= date
        )
        if not lines:
            return self.env["account.move"]
        vals_list = [line._prepare_invoice_vals() for line in lines]
        # sudo: invoices are issued by the bureau's accounting for the lease.
        moves = self.env["account.move"].sudo().create(vals_list)
        moves.action_post()
        for line, move in zip(lines, moves, strict=True):
            line.invoice_id = move
        return moves

    def _prepare_invoice_vals(self):
        self.ensure_one()
        lease = self.lease_id
        Move = self.env["account.move"]
        return Move._affairs_prepare_move_vals(
            "out_invoice",
            lease.partner_id,
            lease.company_id,
            [
                Move._affairs_invoice_line_vals(
                    self.env._(
                        "Rent %(contract)s, due %(date)s",
                        contract=lease.name,
                        date=self.date_due,
                    ),
                    self.amount,
                    lease.agency_id,
                )
            ],
            date=self.date_due,
            invoice_origin=lease.name,
        )
