# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

FUND_SOURCES = [
    ("fiscal_authorized", "Fiscal funds, authorised payment (zero-balance account)"),
    ("fiscal_direct", "Fiscal funds, direct payment by the treasury"),
    ("own", "Non-fiscal funds (bank deposits, cash)"),
]


class AccountJournal(models.Model):
    _inherit = "account.journal"

    l10n_cn_gov_fund_source = fields.Selection(
        FUND_SOURCES,
        string="Default Funding Source",
        help="Funding source proposed on the entries of this journal. Entries with "
        "a funding source get their parallel budget-accounting entry.",
    )
