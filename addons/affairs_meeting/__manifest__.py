# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Meeting and Printing Centre",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 270,
    "summary": "Meeting rooms, bookings, meeting services and the printing "
    "centre of the compound (会议中心 · 文印中心)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_base: approvals of bookings, agencies, the suite's groups and
        #   menu root.
        "affairs_base",
        # hr: organisers and requesters are hr.employee.
        "hr",
        # mail: chatter and activities.
        "mail",
        # web_timeline (OCA, 19.0 on PyPI): every room's day as one row per
        #   room (Odoo's calendar shows rooms as colours, not as rows).
        "web_timeline",
    ],
    "data": [
        "security/affairs_meeting_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_sequence_data.xml",
        "data/ir_config_parameter_data.xml",
        "data/tier_definition_data.xml",
        "data/ir_cron_data.xml",
        "data/affairs_meeting_service_item_data.xml",
        "data/affairs_print_price_data.xml",
        "data/affairs_meeting_fee_standard_data.xml",
        "data/affairs_exception_rule_data.xml",
        "views/affairs_meeting_room_views.xml",
        "views/affairs_meeting_room_utilisation_views.xml",
        "views/affairs_meeting_booking_views.xml",
        "views/affairs_meeting_service_views.xml",
        "views/affairs_print_views.xml",
        "views/affairs_meeting_fee_standard_views.xml",
        "views/affairs_meeting_settlement_views.xml",
        "views/affairs_service_request_views.xml",
        "views/affairs_meeting_sign_in_templates.xml",
        "views/affairs_meeting_menus.xml",
        "report/affairs_meeting_settlement_reports.xml",
        "report/affairs_meeting_booking_reports.xml",
    ],
    "demo": [
        "demo/affairs_meeting_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_meeting/static/tests/tours/**/*",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
