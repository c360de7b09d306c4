# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Government Accounting for Official Vehicles",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "summary": "Bridge: the vehicle running-cost bills of affairs_fleet on the "
    "government chart (5001, 2302, parallel budget entry 7101/8001)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # l10n_cn_gov: the chart, its purchase journal (5001, fiscal funds) and
        #   the parallel budget entries.
        "l10n_cn_gov",
        # affairs_fleet: service, fuel, repair and toll entries billed per vendor.
        "affairs_fleet",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
