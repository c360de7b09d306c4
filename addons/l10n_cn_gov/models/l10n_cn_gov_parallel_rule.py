# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .account_journal import FUND_SOURCES


class L10nCnGovParallelRule(models.Model):
    _name = "l10n_cn_gov.parallel.rule"
    _description = "Parallel Budget Accounting Rule"
    _order = "company_id, sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    account_id = fields.Many2one(
        "account.account",
        string="Financial Account",
        required=True,
        check_company=True,
        domain="[('account_type', '!=', 'off_balance')]",
        help="A posted line on this account, in an entry with the funding source "
        "below, makes the budget-accounting entry.",
    )
    fund_source = fields.Selection(FUND_SOURCES, string="Funding Source", required=True)
    budget_debit_account_id = fields.Many2one(
        "account.account",
        string="Budget Debit Account",
        required=True,
        check_company=True,
        domain="[('account_type', '=', 'off_balance')]",
    )
    budget_credit_account_id = fields.Many2one(
        "account.account",
        string="Budget Credit Account",
        required=True,
        check_company=True,
        domain="[('account_type', '=', 'off_balance')]",
    )
    economic_code = fields.Char(
        string="Economic Classification",
        help="Code of the economic classification of expenditure (支出经济分类, e.g. "
        "30217) written on the budget lines; leave empty to take it from the "
        "financial line.",
    )

    _unique_account_source = models.UniqueIndex(
        "(company_id, account_id, fund_source) WHERE active",
        "Only one active rule per financial account and funding source.",
    )

    @api.constrains("account_id", "budget_debit_account_id", "budget_credit_account_id")
    def _check_accounts(self):
        for rule in self:
            if rule.account_id.account_type == "off_balance":
                raise ValidationError(
                    self.env._(
                        "The financial account of rule %s must be a financial-"
                        "accounting account, not a budget-accounting one.",
                        rule.name,
                    )
                )
            budget = rule.budget_debit_account_id | rule.budget_credit_account_id
            if len(budget) < 2 or any(a.account_type != "off_balance" for a in budget):
                raise ValidationError(
                    self.env._(
                        "Rule %s needs two different budget-accounting accounts "
                        "(6xxx-8xxx).",
                        rule.name,
                    )
                )

    @api.model
    def _l10n_cn_gov_rule_map(self, companies):
        """{(company id, account id, fund source): rule} of the active rules."""
        # sudo: the poster of a bill may not read the accounting configuration;
        # the rules are only read here.
        rules = self.sudo().search([("company_id", "in", companies.ids)])
        return {
            (rule.company_id.id, rule.account_id.id, rule.fund_source): rule
            for rule in rules
        }
