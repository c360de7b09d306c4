# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsMakeupWorkday(models.Model):
    """A weekend day worked instead of a holiday (调休上班日).

    Public holidays are the global time off of the working calendar; the
    make-up working days that go with them are kept here, generated from
    China's holiday calendar and editable by managers.
    """

    _name = "affairs.makeup.workday"
    _description = "Make-up Working Day"
    _order = "date desc"
    _check_company_auto = True

    date = fields.Date(required=True, index=True)
    name = fields.Char(
        string="Description",
        default=lambda self: self._affairs_in_user_lang().env._("Make-up working day"),
    )
    calendar_id = fields.Many2one(
        "resource.calendar",
        string="Working Calendar",
        required=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self.env.company.resource_calendar_id,
    )
    company_id = fields.Many2one(
        related="calendar_id.company_id", store=True, index=True
    )
    is_generated = fields.Boolean(
        string="From China's Holiday Calendar", readonly=True, copy=False
    )

    _calendar_date_uniq = models.Constraint(
        "UNIQUE(calendar_id, date)",
        "A day is a make-up working day of a calendar only once.",
    )

    @api.constrains("date")
    def _check_date(self):
        for day in self:
            if not 1949 <= day.date.year <= 2199:
                raise ValidationError(
                    self.env._("%(date)s is not a plausible date.", date=day.date)
                )

    @api.model
    def action_reload_cn_holidays(self):
        """Reload China's holidays and make-up days of this and next year."""
        self.env.company.resource_calendar_id.action_affairs_load_cn_holidays()
        return {"type": "ir.actions.client", "tag": "reload"}
