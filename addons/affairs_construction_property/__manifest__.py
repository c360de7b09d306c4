# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Construction - Property",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Hand completed construction projects over to the property "
    "register: the building and its asset card at the final-account value",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_construction: projects and their final accounts.
        "affairs_construction",
        # affairs_property: buildings and state-owned asset cards.
        "affairs_property",
    ],
    "data": [
        "views/affairs_construction_project_views.xml",
        "views/affairs_asset_views.xml",
    ],
    "demo": [
        "demo/affairs_construction_property_demo.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
