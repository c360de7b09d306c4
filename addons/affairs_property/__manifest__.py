# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs: Office Space and State-owned Assets",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 210,
    "summary": "Buildings, rooms, office area standards, space requests, repairs, "
    "state-owned asset register, transfers, inventory counts, disposal and "
    "leasing (办公用房 · 国有资产)",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    # affairs_base: agencies, ranks and post levels, standards book, approval
    #   and exception mixins, Excel ledger and PDF layout of the suite.
    # hr: rooms are occupied by hr.employee, agencies are hr.department.
    # account: lease invoices and disposal proceeds are customer invoices.
    # account_asset_management (OCA): values and depreciation of the asset
    #   register (one account.asset per affairs asset, a profile per class).
    # report_xlsx_helper (OCA): required by account_asset_management; the
    #   ledgers themselves use affairs_base's report_xlsx base.
    "depends": [
        "affairs_base",
        "hr",
        "account",
        "account_asset_management",
        "report_xlsx_helper",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/affairs_exception_rule_data.xml",
        "data/ir_sequence_data.xml",
        "data/affairs_area_standard_data.xml",
        "data/affairs_asset_category_data.xml",
        "data/tier_definition_data.xml",
        "data/ir_cron_data.xml",
        "views/affairs_property_menus.xml",
        "views/affairs_building_views.xml",
        "views/affairs_room_views.xml",
        "views/affairs_room_assignment_views.xml",
        "views/affairs_area_standard_views.xml",
        "views/hr_department_views.xml",
        "views/affairs_space_request_views.xml",
        "views/affairs_repair_views.xml",
        "views/affairs_asset_category_views.xml",
        "views/affairs_asset_views.xml",
        "views/affairs_asset_transfer_views.xml",
        "views/affairs_asset_inventory_views.xml",
        "views/affairs_asset_disposal_views.xml",
        "views/affairs_lease_views.xml",
        "views/affairs_import_views.xml",
        "report/affairs_asset_report.xml",
        "report/affairs_compliance_report.xml",
        "report/affairs_inventory_report.xml",
        "report/affairs_property_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_property_demo.xml",
        "demo/affairs_property_demo_post.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_property/static/tests/tours/**/*",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
