# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs: Procured Reception Hotels",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Hotels designated by procurement are the designated reception hotels",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # Bridge: installed automatically when both function addons are.
    "depends": ["affairs_reception", "affairs_procurement"],
    "data": [
        "data/ir_cron_data.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
