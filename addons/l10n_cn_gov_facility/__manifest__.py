# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Government Accounting for Contracted Facility Services",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "summary": "Bridge: contracted-service bills (物业考评) on the government chart, "
    "tested end to end (5001 / 2302, 7101 / 8001, the paying agency's analytic)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # l10n_cn_gov: the chart and the parallel budget entries.
        "l10n_cn_gov",
        # affairs_facility: the monthly inspection and its vendor bill.
        "affairs_facility",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
