# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Compound Operations",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 280,
    "summary": "Equipment register, preventive maintenance, one dispatch centre, "
    "contracted services scored monthly and satisfaction surveys "
    "(设备管理一体化 · 物业服务考评)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_base: agencies, the service desk whose repair requests the
        #   dispatch centre turns into maintenance requests, the approval mixin
        #   of the monthly inspections, the billing helpers, the Excel ledger
        #   base (report_xlsx) and 大写 amounts.
        "affairs_base",
        # maintenance: equipment, categories, teams and requests are Odoo's.
        #   The preventive plans are this addon's own (affairs.maintenance.plan):
        #   OCA maintenance_plan 19.0 (on PyPI) plans by time only, needs
        #   base_maintenance as well, generates with a search and a create per
        #   plan and date (the benchmark's 5,000 items would cost tens of
        #   thousands of queries) and is AGPL; the suite needs plans by meter
        #   (running hours, cycles) too and generation in grouped queries.
        "maintenance",
        # survey: the satisfaction surveys whose results enter the scores.
        "survey",
        # account: the contractor's monthly vendor bill.
        "account",
        # hr: technicians and requesters are employees and users.
        "hr",
        "mail",
    ],
    "data": [
        "security/affairs_facility_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_sequence_data.xml",
        "data/ir_config_parameter_data.xml",
        "data/tier_definition_data.xml",
        "data/ir_cron_data.xml",
        "data/affairs_service_scheme_data.xml",
        "views/maintenance_equipment_views.xml",
        "views/affairs_equipment_certificate_views.xml",
        "views/affairs_equipment_reading_views.xml",
        "views/affairs_maintenance_kind_views.xml",
        "views/affairs_maintenance_plan_views.xml",
        "views/maintenance_request_views.xml",
        "views/affairs_service_request_views.xml",
        "views/affairs_service_scheme_views.xml",
        "views/affairs_service_contract_views.xml",
        "views/affairs_service_inspection_views.xml",
        "views/affairs_facility_menus.xml",
        "report/affairs_equipment_ledger_xlsx.xml",
        "report/affairs_service_inspection_report.xml",
    ],
    "demo": [
        "demo/affairs_facility_demo.xml",
        "demo/affairs_facility_demo_post.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_facility/static/tests/tours/**/*",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
