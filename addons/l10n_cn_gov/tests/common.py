# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command, fields
from odoo.tests import TransactionCase


class GovBureauCompany:
    """Mixin for the suite's fixtures (``BaseCommon``): their own company is
    a bureau in CNY keeping the government chart (put it first in the bases).
    """

    gov_bureau_name = "市机关事务管理局（测试）"

    @classmethod
    def setup_independent_company(cls, **kwargs):
        return cls.env["res.company"].create(
            {
                "name": cls.gov_bureau_name,
                "country_id": cls.env.ref("base.cn").id,
                "currency_id": cls.env.ref("base.CNY").id,
            }
        )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["account.chart.template"].try_loading("cn_gov", cls.company)


class GovChartCommon(TransactionCase):
    """A fresh company on the government chart, working in it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create(
            {
                "name": "市机关事务管理局（测试）",
                "country_id": cls.env.ref("base.cn").id,
                "currency_id": cls.env.ref("base.CNY").id,
            }
        )
        cls.env.user.company_ids |= cls.company
        cls.env = cls.env(
            context=dict(cls.env.context, allowed_company_ids=cls.company.ids)
        )
        cls.env["account.chart.template"].try_loading("cn_gov", cls.company)
        cls.company = cls.env["res.company"].browse(cls.company.id)
        cls.vendor = cls.env["res.partner"].create({"name": "市汽车维修有限公司"})

    @classmethod
    def account(cls, code):
        return cls.env["account.account"].search(
            [("code", "=", code), ("company_ids", "in", cls.company.ids)]
        )

    @classmethod
    def journal(cls, journal_type):
        return cls.env["account.journal"].search(
            [("type", "=", journal_type), ("company_id", "=", cls.company.id)],
            limit=1,
        )

    @classmethod
    def make_bill(cls, amount, account_code="5001", post=True, **vals):
        bill = cls.env["account.move"].create(
            {
                "move_type": "in_invoice",
                "partner_id": cls.vendor.id,
                "invoice_date": vals.pop("invoice_date", fields.Date.today()),
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "车辆维修费",
                            "quantity": 1,
                            "price_unit": amount,
                            "account_id": cls.account(account_code).id,
                            "tax_ids": [Command.clear()],
                        }
                    )
                ],
                **vals,
            }
        )
        if post:
            bill.action_post()
        return bill

    @classmethod
    def make_entry(cls, lines, date=None, fund_source=False, journal=None):
        """Miscellaneous entry from [(code, debit, credit)]."""
        move = cls.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": (journal or cls.journal("general")).id,
                "date": date or fields.Date.today(),
                "l10n_cn_gov_fund_source": fund_source,
                "line_ids": [
                    Command.create(
                        {
                            "name": code,
                            "account_id": cls.account(code).id,
                            "debit": debit,
                            "credit": credit,
                        }
                    )
                    for code, debit, credit in lines
                ],
            }
        )
        move.action_post()
        return move

    def budget_lines(self, move):
        """{code: balance} of the active budget entries of a financial move."""
        result = {}
        for line in move.l10n_cn_gov_budget_move_ids.filtered(
            lambda m: m.state == "posted"
        ).line_ids:
            result[line.account_id.code] = (
                result.get(line.account_id.code, 0.0) + line.balance
            )
        return {code: balance for code, balance in result.items() if balance}
