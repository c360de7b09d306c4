# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

SANGONG_ITEMS = [
    ("outbound", "Outbound Official Travel (因公出国(境)费)"),
    ("vehicle_purchase", "Official Vehicle Purchase (公务用车购置费)"),
    ("vehicle_running", "Official Vehicle Running (公务用车运行维护费)"),
    ("reception", "Official Reception (公务接待费)"),
]


class AffairsBudgetClassification(models.Model):
    """An expenditure economic classification item (支出经济分类科目)."""

    _name = "affairs.budget.classification"
    _description = "Expenditure Economic Classification"
    _order = "code"
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    source = fields.Char(help="Where the code and name come from.")
    is_income = fields.Boolean(
        string="Income Item",
        help="An income item (收入分类科目, e.g. rent of leased state assets "
        "remitted to the treasury): posted customer invoices make its actual "
        "amount, and what is expected is never refused (income is not capped).",
    )
    sangong_item = fields.Selection(
        SANGONG_ITEMS,
        string="三公 Item",
        help="The item of the 三公经费 statement this classification feeds.",
    )
    account_ids = fields.Many2many(
        "account.account",
        "affairs_budget_classification_account_rel",
        "classification_id",
        "account_id",
        string="Accounts",
        help="Bill lines on these accounts are classified here by default.",
    )

    _code_uniq = models.Constraint(
        "UNIQUE(code)", "The classification code must be unique."
    )

    def _compute_display_name(self):
        for classification in self:
            classification.display_name = f"{classification.code} {classification.name}"
