# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Energy Saving",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "sequence": 230,
    "summary": "Energy and resource use of public institutions (公共机构节能): "
    "meters, monthly readings, standard-coal indicators, statistics returns, "
    "audits and retrofit projects",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_base: agencies, standards book, approval mixin (returns are
        #   reviewed by the bureau), Excel ledger base (report_xlsx).
        "affairs_base",
        # base_import: readings are imported from the Excel template with
        #   row-by-row errors (Model.load keeps nothing of a failed file).
        "base_import",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_sequence_data.xml",
        "data/affairs_energy_factor_data.xml",
        "data/affairs_energy_rule_data.xml",
        "data/tier_definition_data.xml",
        "data/ir_cron_data.xml",
        "views/affairs_energy_site_views.xml",
        "views/affairs_energy_meter_views.xml",
        "views/affairs_energy_reading_views.xml",
        "views/affairs_energy_factor_views.xml",
        "views/affairs_energy_rule_views.xml",
        "views/affairs_energy_agency_year_views.xml",
        "views/affairs_energy_return_views.xml",
        "views/affairs_energy_audit_views.xml",
        "views/affairs_energy_project_views.xml",
        "views/affairs_energy_menus.xml",
        "report/affairs_energy_xlsx.xml",
    ],
    "demo": [
        "demo/affairs_energy_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "affairs_energy/static/tests/tours/**/*",
        ],
    },
    "installable": True,
    "application": False,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
