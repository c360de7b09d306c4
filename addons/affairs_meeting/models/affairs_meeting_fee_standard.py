# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

MEETING_CATEGORIES = [
    ("class_1", "Class 1 Meeting (一类会议)"),
    ("class_2", "Class 2 Meeting (二类会议)"),
    ("class_3", "Class 3 Meeting (三类会议)"),
    ("class_4", "Class 4 Meeting (四类会议)"),
]


class AffairsMeetingFeeStandard(models.Model):
    """Meeting-fee rule of a meeting category (会议费开支标准).

    Caps per person and day for lodging, meals and other costs (综合定额),
    and the most days and attendees a meeting of the category may have. A
    local book overrides the national rows for its category.
    """

    _name = "affairs.meeting.fee.standard"
    _inherit = ["affairs.standard.mixin"]
    _description = "Meeting Fee Standard"
    _order = "category, id"
    _rec_name = "category"

    category = fields.Selection(MEETING_CATEGORIES, required=True, index=True)
    lodging_cap = fields.Float(
        string="Lodging per Person and Day (CNY)", digits=(16, 2), required=True
    )
    meal_cap = fields.Float(
        string="Meals per Person and Day (CNY)", digits=(16, 2), required=True
    )
    other_cap = fields.Float(
        string="Other Costs per Person and Day (CNY)", digits=(16, 2), required=True
    )
    max_days = fields.Integer(
        string="Most Days",
        help="Meeting days, arrival and departure excluded; 0: none.",
    )
    max_attendees = fields.Integer(string="Most Attendees", help="0: no limit.")

    _caps_positive = models.Constraint(
        "CHECK(lodging_cap >= 0 AND meal_cap >= 0 AND other_cap >= 0 "
        "AND max_days >= 0 AND max_attendees >= 0)",
        "The caps and limits of a meeting-fee standard cannot be negative.",
    )

    def _rule_key(self):
        self.ensure_one()
        return self.category

    @api.model
    def _get_standard(self, category, date=None, company=None):
        """The rule of ``category`` in force on ``date``, or an empty record."""
        return self._get_rules(
            [("category", "=", category)], date=date, company=company
        )[:1]
