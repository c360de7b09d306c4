# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Government Accounting for Government Procurement",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "summary": "Bridge: purchase orders' vendor bills on the government chart, "
    "tested end to end (5001 / 2302, 7101 / 8001, the agency's analytic)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # l10n_cn_gov: the chart and the parallel budget entries.
        "l10n_cn_gov",
        # affairs_procurement: the purchase orders of procurement awards.
        "affairs_procurement",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
