# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "China - Government Accounting System (政府会计制度)",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations/Account Charts",
    "summary": "Chart of the Government Accounting System (财会〔2017〕25号) "
    "with parallel budget accounting and its reports",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "icon": "/account/static/description/l10n.png",
    "countries": ["cn"],
    "depends": [
        # account: chart template loader, journals, entries.
        "account",
        # report_xlsx: the trial balance and budget statements in Excel.
        "report_xlsx",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/l10n_cn_gov_security.xml",
        "report/l10n_cn_gov_reports.xml",
        "views/account_move_views.xml",
        "views/l10n_cn_gov_parallel_rule_views.xml",
    ],
    "demo": [
        "demo/l10n_cn_gov_demo.xml",
    ],
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
