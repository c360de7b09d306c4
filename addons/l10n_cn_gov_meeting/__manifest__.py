# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Government Accounting for the Meeting Centre",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "summary": "Bridge: monthly meeting and printing recharges on the government "
    "chart (2103 应缴财政款, or 4101 事业收入 with 8001 / 6101)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # l10n_cn_gov: the chart, the unit type and the parallel budget entries.
        "l10n_cn_gov",
        # affairs_meeting: the monthly settlement and its customer invoice.
        "affairs_meeting",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
