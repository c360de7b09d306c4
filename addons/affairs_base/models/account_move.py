# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

CUSTOMER_TYPES = ("out_invoice", "out_refund")


class AccountMove(models.Model):
    _inherit = "account.move"

    @api.model
    def _affairs_journal(self, move_type, company):
        """The sales (invoices) or purchase (bills) journal of ``company``."""
        journal_type = "sale" if move_type in CUSTOMER_TYPES else "purchase"
        # sudo: bureau officers bill the suite's documents without accounting
        # rights; only the journal's id leaves this method.
        journal = (
            self.env["account.journal"]
            .sudo()
            .search(
                [
                    ("type", "=", journal_type),
                    *self.env["account.journal"]._check_company_domain(company),
                ],
                limit=1,
            )
        )
        if not journal:
            raise UserError(
                self.env._(
                    "Configure a %(type)s journal for %(company)s first.",
                    type=self.env._("sales")
                    if journal_type == "sale"
                    else self.env._("purchase"),
                    company=company.display_name,
                )
            )
        return journal

    @api.model
    def _affairs_line_policy(self, agency=None):
        """Analytic distribution and taxes of a line of the suite's documents.

        The agency's analytic account carries 100%; no tax is added: the
        suite books recharges, rents and proceeds at the amounts approved
        (a vendor's own taxes are on its invoice). Purchase order lines use
        the same policy.
        """
        distribution = agency._affairs_analytic_distribution() if agency else {}
        return {
            "tax_ids": [fields.Command.clear()],
            "analytic_distribution": distribution or False,
        }

    @api.model
    def _affairs_invoice_line_vals(self, name, amount, agency=None, **values):
        """One line (quantity 1) of ``amount`` booked on ``agency``."""
        return {
            "name": name,
            "quantity": 1,
            "price_unit": amount,
            **self._affairs_line_policy(agency),
            **values,
        }

    @api.model
    def _affairs_prepare_move_vals(
        self, move_type, partner, company, line_vals_list, date=None, **values
    ):
        """Vendor bill or customer invoice of one of the suite's documents.

        ``line_vals_list`` are built by ``_affairs_invoice_line_vals``;
        ``values`` adds the document's own fields (origin, reference, links).
        """
        return {
            "move_type": move_type,
            "partner_id": partner.id,
            "company_id": company.id,
            "journal_id": self._affairs_journal(move_type, company).id,
            "invoice_date": date or fields.Date.context_today(self),
            "invoice_line_ids": [
                fields.Command.create(line_vals) for line_vals in line_vals_list
            ],
            **values,
        }
