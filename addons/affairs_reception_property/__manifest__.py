# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs: Reception Meeting Rooms",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Book the compound's meeting rooms for reception itineraries, "
    "never twice at the same time",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # Bridge: installed automatically when both function addons are.
    "depends": ["affairs_reception", "affairs_property"],
    "data": [
        "views/affairs_reception_activity_views.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
