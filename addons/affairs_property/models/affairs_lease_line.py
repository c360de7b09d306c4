# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import UserError


class AffairsLeaseLine(models.Model):
    """An instalment of a lease's payment schedule and its invoice."""

    _name = "affairs.lease.line"
    _description = "Lease Instalment"
    _order = "date_due, id"

    lease_id = fields.Many2one(
        "affairs.lease", required=True, index=True, ondelete="cascade"
    )
    partner_id = fields.Many2one(related="lease_id.partner_id", store=True)
    agency_id = fields.Many2one(related="lease_id.agency_id", store=True)
    date_due = fields.Date(string="Due Date", required=True, index=True)
    amount = fields.Monetary(required=True)
    invoice_id = fields.Many2one(
        "account.move", string="Invoice", readonly=True, copy=False
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
        # sudo: bureau officers issue rent invoices without accounting rights.
        journal = (
            self.env["account.journal"]
            .sudo()
            .search(
                [("type", "=", "sale"), ("company_id", "=", lease.company_id.id)],
                limit=1,
            )
        )
        if not journal:
            raise UserError(
                self.env._("Configure a sales journal to invoice the rent.")
            )
        return {
            "move_type": "out_invoice",
            "partner_id": lease.partner_id.id,
            "journal_id": journal.id,
            "invoice_date": self.date_due,
            "invoice_origin": lease.name,
            "company_id": lease.company_id.id,
            "invoice_line_ids": [
                fields.Command.create(
                    {
                        "name": self.env._(
                            "Rent %(contract)s, due %(date)s",
                            contract=lease.name,
                            date=self.date_due,
                        ),
                        "quantity": 1,
                        "price_unit": self.amount,
                        "tax_ids": [fields.Command.clear()],
                        "analytic_distribution": (
                            lease.agency_id._affairs_analytic_distribution()
                            if lease.agency_id
                            else False
                        ),
                    }
                )
            ],
        }
