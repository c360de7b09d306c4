# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Government Accounting for State Assets",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "summary": "Bridge: asset profiles, depreciation and disposals of affairs_property "
    "on the government chart (1601/1602, no salvage value, 5301, 2103)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # l10n_cn_gov: the chart (1601, 1602, 5001, 5301, 2103, 4605).
        "l10n_cn_gov",
        # affairs_property: asset classes, cards, disposals and leases.
        "affairs_property",
    ],
    "demo": ["demo/l10n_cn_gov_property_demo.xml"],
    "post_init_hook": "_post_init_hook",
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
