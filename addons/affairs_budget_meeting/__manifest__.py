# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Agency Affairs Budget: Meetings",
    "version": "19.0.1.0.0",
    "category": "Agency Affairs",
    "summary": "Bridge: a meeting held under the meeting-fee rules commits its "
    "budget on the agency's 30215 会议费 line when it is approved or, for a room "
    "without approval, confirmed; installed by itself with both addons, so "
    "that neither depends on the other",
    "website": "https://github.com/agency-affairs/agency-affairs-suite",
    "depends": [
        # affairs_budget: commitment control behind affairs_base's budget hook.
        "affairs_budget",
        # affairs_meeting: bookings with a meeting-fee category and budget.
        "affairs_meeting",
    ],
    "auto_install": True,
    "installable": True,
    "author": "Agency Affairs Suite contributors",
    "license": "LGPL-3",
}
