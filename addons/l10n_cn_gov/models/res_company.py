# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import logging

from odoo import fields, models

_logger = logging.getLogger(__name__)


class ResCompany(models.Model):
    _inherit = "res.company"

    l10n_cn_gov_budget_journal_id = fields.Many2one(
        "account.journal",
        string="Budget Accounting Journal",
        check_company=True,
        domain="[('type', '=', 'general')]",
        help="Journal of the budget-accounting entries (预算会计) made in parallel "
        "with the fiscal-funded entries of the financial side.",
    )
    l10n_cn_gov_unit_type = fields.Selection(
        [
            ("administrative", "Administrative unit (行政单位)"),
            ("public_institution", "Public institution (事业单位)"),
        ],
        string="Government Unit Type",
        default="administrative",
        help="Administrative units remit the rent and disposal proceeds of state "
        "assets to the treasury (2103); public institutions book them as revenue.",
    )

    def _l10n_cn_gov_account(self, code):
        """The company's account of the government chart with this code."""
        self.ensure_one()
        return (
            self.env["account.account"]
            .with_company(self)
            .search([("code", "=", code), ("company_ids", "in", self.ids)], limit=1)
        )

    def _l10n_cn_gov_demo_setup_company(self):
        """Demo: make the company a municipal agency-affairs bureau in China
        keeping the government chart in CNY.

        Only a company whose books hold nothing but Odoo's own accounting demo
        (no chart yet or the generic one, no suite addon besides affairs_base
        installed yet) is switched: its demo entries are dropped and cn_gov is
        loaded, before the suite's function addons create their documents
        (l10n_cn_gov only depends on modules affairs_base depends on, so the
        loader always installs it first). Any other company is left alone."""
        suite_modules = self.env["ir.module.module"].search_count(
            [
                ("name", "=like", "affairs\\_%"),
                ("name", "!=", "affairs_base"),
                ("state", "=", "installed"),
            ]
        )
        for company in self:
            if (
                company.chart_template not in (False, "generic_coa")
                or suite_modules
                or company.parent_id
            ):
                _logger.info(
                    "Demo: %s keeps its books, the government chart is not loaded.",
                    company.name,
                )
                continue
            self.env.ref("base.CNY").active = True
            company.write(
                {
                    "name": "临江市机关事务管理局",
                    "street": "政府路1号",
                    "street2": "市级机关行政中心A座",
                    "city": "临江市",
                    "zip": "317000",
                    "state_id": self.env.ref("base.state_cn_ZJ").id,
                    "country_id": self.env.ref("base.cn").id,
                    "vat": "11330100002489129T",
                    "company_registry": "11330100002489129T",
                    "phone": "+86 576 8800 1234",
                    "email": "jgswj@linjiang.gov.example",
                    "website": "https://jgswj.linjiang.gov.example",
                    "l10n_cn_gov_unit_type": "administrative",
                }
            )
            # install_demo=True makes the loader drop the existing (demo) entries
            # and charts; Odoo's generic accounting demo is not reloaded on top.
            self.env["account.chart.template"].with_context(
                l10n_cn_gov_skip_account_demo=True
            ).try_loading("cn_gov", company, install_demo=True)
