# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Meeting Centre - Property",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 283,
    "summary": "Meeting rooms are rooms of the property register, never recorded twice",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_meeting: the meeting rooms of the centre.
    # affairs_property: buildings and rooms of the register.
    "depends": ["affairs_meeting", "affairs_property"],
    "data": [
        "security/ir_rule.xml",
        "views/affairs_meeting_room_views.xml",
        "views/affairs_room_views.xml",
    ],
    "demo": ["demo/affairs_meeting_property_demo.xml"],
    "installable": True,
    "auto_install": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
