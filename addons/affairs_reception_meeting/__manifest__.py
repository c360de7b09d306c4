# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs: Reception Meetings",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Meetings of reception itineraries become bookings of the meeting "
    "centre (one booking mechanism for the suite)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # Bridge: installed automatically when both function addons are. With it,
    # the meeting centre's bookings supersede affairs_reception_property's own
    # room field on itineraries (hidden, its menu too); without affairs_meeting
    # that field keeps working as before.
    "depends": ["affairs_reception", "affairs_meeting"],
    "data": [
        "views/affairs_reception_views.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
