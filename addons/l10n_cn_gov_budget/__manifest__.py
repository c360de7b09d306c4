# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Government Accounting with Agency Budgets",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "summary": "Bridge: the economic classification of the budget line on the "
    "budget-accounting entries (预算收入支出表 by economic classification)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # l10n_cn_gov: the parallel budget entries and their economic code.
        "l10n_cn_gov",
        # affairs_budget: the classification of each bill line.
        "affairs_budget",
    ],
    "post_init_hook": "post_init_hook",
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
