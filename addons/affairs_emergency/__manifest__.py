# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Emergency Response",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 260,
    "summary": "Emergency plans, command structure, resources, drills and "
    "incidents of the compound (应急联动预案)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_base: approvals of the plans, service desk, Excel/PDF helpers,
        #   agencies, the suite's groups and menu root.
        "affairs_base",
        # hr: command-role holders, custodians, participants are hr.employee.
        "hr",
        # mail: chatter timeline, activities for the command roles.
        "mail",
    ],
    "data": [
        "security/affairs_emergency_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_sequence_data.xml",
        "data/mail_activity_type_data.xml",
        "data/tier_definition_data.xml",
        "data/ir_cron_data.xml",
        "views/affairs_emergency_plan_views.xml",
        "views/affairs_emergency_resource_views.xml",
        "views/affairs_emergency_drill_views.xml",
        "views/affairs_emergency_incident_views.xml",
        "views/hr_employee_views.xml",
        "views/affairs_emergency_menus.xml",
        "report/affairs_emergency_reports.xml",
        "report/affairs_emergency_plan_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_emergency_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_emergency/static/tests/tours/**/*",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
