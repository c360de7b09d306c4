# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Official Vehicles",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 210,
    "summary": "Official vehicle management (公务用车): quota, purchase standards, "
    "dispatch, designated services, single-vehicle costing, renewal and disposal",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_base: agencies, groups, standards book, exceptions, approvals,
    #   Excel ledger base and PDF layout.
    # fleet: vehicles, odometers, service logs are Odoo's own fleet records.
    # hr_fleet: drivers are employees; links employees to vehicles.
    # account_fleet: vehicle on vendor-bill lines (bills of service logs).
    # web_timeline (OCA): the dispatch board's timeline of each vehicle's day.
    # Not used: OCA fleet_vehicle_log_fuel (fuel is a service log with litres
    # here, billed through account_fleet like every other running cost) and
    # fleet_vehicle_inspection (entry/exit checklists, not the statutory
    # annual inspection 年检); see readme/DESCRIPTION.md.
    "depends": ["affairs_base", "fleet", "hr_fleet", "account_fleet", "web_timeline"],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/affairs_exception_rule_data.xml",
        "data/affairs_vehicle_standard_data.xml",
        "data/affairs_vehicle_lifecycle_rule_data.xml",
        "data/fleet_service_type_data.xml",
        "data/ir_sequence_data.xml",
        "data/tier_definition_data.xml",
        "data/ir_cron_data.xml",
        "report/affairs_vehicle_request_report.xml",
        "report/affairs_fleet_xlsx.xml",
        "wizard/affairs_vehicle_cost_wizard_views.xml",
        "wizard/affairs_vehicle_return_wizard_views.xml",
        "views/fleet_vehicle_views.xml",
        "views/affairs_vehicle_quota_views.xml",
        "views/affairs_vehicle_standard_views.xml",
        "views/affairs_vehicle_lifecycle_rule_views.xml",
        "views/hr_employee_views.xml",
        "views/affairs_vehicle_request_views.xml",
        "views/affairs_designated_vendor_views.xml",
        "views/fleet_vehicle_log_services_views.xml",
        "views/affairs_vehicle_cost_report_views.xml",
        "views/affairs_vehicle_disposal_views.xml",
        "views/affairs_fleet_menus.xml",
        "views/affairs_import_views.xml",
    ],
    "demo": [
        "demo/affairs_fleet_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_fleet/static/tests/tours/**/*",
        ],
    },
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
