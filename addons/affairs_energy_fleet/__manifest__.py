# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Energy Saving - Official Vehicles",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 231,
    "summary": "Vehicle fuel of the fleet in the energy indicators and statistics "
    "returns (单车能耗核算)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_energy: indicators and returns it feeds.
    # affairs_fleet: fuel entries (litres) of the agencies' official vehicles.
    "depends": ["affairs_energy", "affairs_fleet"],
    "data": [
        "views/affairs_energy_agency_year_views.xml",
    ],
    "installable": True,
    "auto_install": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
