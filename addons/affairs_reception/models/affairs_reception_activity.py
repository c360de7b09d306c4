# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsReceptionActivity(models.Model):
    """An official activity of the itinerary (公务活动日程)."""

    _name = "affairs.reception.activity"
    _inherit = ["affairs.reception.line.mixin"]
    _description = "Reception Itinerary Activity"
    _check_company_auto = True
    _order = "reception_id, date_start, id"
    _planned_fields = ("name", "date_start", "date_end", "reception_id")

    name = fields.Char(string="Activity", required=True)
    date_start = fields.Datetime(string="Start", required=True)
    date_end = fields.Datetime(string="End", required=True)
    venue = fields.Char()
    companion_ids = fields.Many2many(
        "hr.employee", string="Accompanying Hosts", check_company=True
    )
    note = fields.Text()

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for activity in self:
            if activity.date_end < activity.date_start:
                raise ValidationError(
                    self.env._(
                        "The activity %(name)s ends before it starts.",
                        name=activity.name,
                    )
                )
