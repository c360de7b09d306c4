# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Base",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 200,
    "summary": "Served agencies, ranks, standards book, approvals, service desk, "
    "key-task ledger for agency-affairs bureaus (机关事务)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # hr: agencies are flagged hr.department, cadres are hr.employee.
    # account: agencies carry a partner and an analytic account for recharges.
    # mail: chatter, activities and tracking on every request.
    # base_tier_validation (OCA): the multi-step approval engine under
    #   action_submit/approve/reject of every request model of the suite.
    # report_xlsx (OCA): the Excel export base of every ledger.
    # base_import: the initial load from a bureau's spreadsheets (templates).
    "depends": [
        "hr",
        "account",
        "mail",
        "base_import",
        "base_tier_validation",
        "report_xlsx",
    ],
    # holidays (PyPI): China's statutory holidays and make-up working days
    #   (调休), generated onto the working calendars.
    "external_dependencies": {"python": ["cn2an", "python-stdnum", "holidays"]},
    "data": [
        "security/affairs_base_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/affairs_rank_data.xml",
        "data/affairs_standard_book_data.xml",
        "data/affairs_service_category_data.xml",
        "data/ir_sequence_data.xml",
        "data/tier_definition_data.xml",
        "data/mail_activity_type_data.xml",
        "data/res_lang_data.xml",
        "data/ir_cron_data.xml",
        "data/affairs_holiday_data.xml",
        "data/affairs_exception_rule_data.xml",
        "wizard/affairs_reject_wizard_views.xml",
        "wizard/affairs_correction_wizard_views.xml",
        "wizard/affairs_exception_grant_wizard_views.xml",
        "views/affairs_menus.xml",
        "views/mail_activity_views.xml",
        "views/hr_department_views.xml",
        "views/hr_employee_views.xml",
        "views/affairs_rank_views.xml",
        "views/affairs_standard_book_views.xml",
        "views/affairs_exception_views.xml",
        "views/affairs_service_category_views.xml",
        "views/affairs_service_request_views.xml",
        "views/affairs_service_handover_views.xml",
        "views/affairs_key_task_views.xml",
        "views/affairs_key_task_item_views.xml",
        "views/res_config_settings_views.xml",
        "views/affairs_import_views.xml",
        "views/affairs_holiday_views.xml",
        "report/affairs_report_layout.xml",
        "report/affairs_service_request_report.xml",
        "report/affairs_key_task_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_agency_demo.xml",
        "demo/affairs_employee_demo.xml",
        "demo/res_users_demo.xml",
        "demo/affairs_service_request_demo.xml",
        "demo/affairs_key_task_demo.xml",
    ],
    "assets": {
        "web.report_assets_common": [
            "affairs_base/static/src/scss/affairs_report.scss",
        ],
        "web.assets_backend": [
            "affairs_base/static/src/scss/affairs_backend.scss",
        ],
        "web.assets_tests": [
            "affairs_base/static/tests/tours/**/*",
        ],
    },
    "installable": True,
    "application": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
