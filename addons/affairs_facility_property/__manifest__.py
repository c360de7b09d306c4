# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Compound Operations - Property",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 282,
    "summary": "Equipment located in the property register's buildings and rooms, "
    "linked to its asset card; contracts scoped by building",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_facility: the equipment register and the service contracts.
    # affairs_property: buildings, rooms and asset cards.
    "depends": ["affairs_facility", "affairs_property"],
    "data": [
        "views/maintenance_equipment_views.xml",
        "views/affairs_room_views.xml",
        "views/affairs_asset_views.xml",
        "views/affairs_service_contract_views.xml",
    ],
    "demo": ["demo/affairs_facility_property_demo.xml"],
    "installable": True,
    "auto_install": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
