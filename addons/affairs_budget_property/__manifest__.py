# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Leases (Income Side)",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: an approved lease of state assets (出租出借) expects its "
    "rent as budgeted income (上缴国库) and its posted customer invoices make it "
    "actual; installed by itself with both addons, so that neither depends on "
    "the other",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: budget lines, commitment control and income items.
        "affairs_budget",
        # affairs_property: leases, their schedules and customer invoices
        #   (repairs declare 30213 to the base hook themselves).
        "affairs_property",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
