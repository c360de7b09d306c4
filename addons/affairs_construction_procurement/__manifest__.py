# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Construction - Procurement",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Tender construction works through government procurement: the "
    "tender is a procurement project, its award becomes the construction "
    "contract",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_construction: projects and their contracts.
        "affairs_construction",
        # affairs_procurement: the tender (works procurement project).
        "affairs_procurement",
    ],
    "data": [
        "security/ir_rule.xml",
        "views/affairs_construction_project_views.xml",
        "views/affairs_construction_contract_views.xml",
        "views/affairs_procurement_project_views.xml",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
