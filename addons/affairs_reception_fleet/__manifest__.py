# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs: Reception Vehicles",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Turn a reception's transport lines into official vehicle requests",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # Bridge: installed automatically when both function addons are.
    "depends": ["affairs_reception", "affairs_fleet"],
    "data": [
        "views/affairs_reception_views.xml",
        "views/affairs_vehicle_request_views.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
