# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_procurement_method_rule import DAY_TYPES


class AffairsProcurementDeadline(models.Model):
    """A statutory period of the procurement procedure (法定时限)."""

    _name = "affairs.procurement.deadline"
    _description = "Procurement Statutory Period"
    _inherit = ["affairs.standard.mixin"]
    _order = "code"

    code = fields.Selection(
        [
            ("intention_disclosure", "Intention published before procurement"),
            ("single_source_publicity", "Single-source publicity"),
            ("eval_report_to_purchaser", "Evaluation report to purchaser"),
            ("purchaser_confirms_winner", "Purchaser confirms the winner"),
            ("award_notice", "Award notice and result publication"),
            ("challenge_filing", "Challenge (质疑) filing window"),
            ("challenge_reply", "Reply to a challenge"),
            ("contract_signing", "Contract signature after award notice"),
            ("contract_filing", "Contract filed with the finance department"),
        ],
        required=True,
    )
    name = fields.Char(string="Description", translate=True)
    days = fields.Integer(required=True)
    day_type = fields.Selection(DAY_TYPES, required=True, default="calendar")

    @api.constrains("days")
    def _check_days(self):
        if any(deadline.days < 0 for deadline in self):
            raise ValidationError(self.env._("A statutory period cannot be negative."))

    def _rule_key(self):
        self.ensure_one()
        return self.code

    @api.model
    def _get_map(self, date=None, company=None):
        """``{code: (days, day_type)}`` of the periods in force."""
        return {
            row.code: (row.days, row.day_type)
            for row in self._get_rules(date=date, company=company)
        }

    @api.model
    def _add_days(self, start, days, day_type, company=None):
        """``start`` plus ``days`` calendar days or working days of China.

        Working days are those of the company's working calendar: public
        holidays off, make-up working days (调休) worked.
        """
        if not start:
            return False
        if day_type != "working":
            return start + timedelta(days=days)
        company = company or self.env.company
        return company._affairs_add_working_days(start, days)

    @api.model
    def _add(self, period_map, code, start, company=None):
        """``start`` plus the statutory period ``code`` (False if unknown)."""
        if code not in period_map or not start:
            return False
        days, day_type = period_map[code]
        return self._add_days(start, days, day_type, company)
