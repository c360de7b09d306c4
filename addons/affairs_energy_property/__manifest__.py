# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Energy Saving - Property",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 232,
    "summary": "Floor area of the agencies' rooms as the denominator of the "
    "energy indicators when none is entered",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_energy: indicators per m² and returns it feeds.
    # affairs_property: rooms assigned to the agencies with their area.
    "depends": ["affairs_energy", "affairs_property"],
    "data": [],
    "installable": True,
    "auto_install": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
