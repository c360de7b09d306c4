# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs: Procured Vehicle Service Providers",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Suppliers designated by procurement become the fleet's designated "
    "maintenance, fuel and insurance providers",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # Bridge: installed automatically when both function addons are.
    "depends": ["affairs_fleet", "affairs_procurement"],
    "data": [
        "views/affairs_designated_vendor_views.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
