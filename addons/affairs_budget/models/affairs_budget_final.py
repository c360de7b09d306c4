# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .affairs_budget import YEAR_MAX, YEAR_MIN

STATES = [("draft", "Draft"), ("closed", "Closed")]


class AffairsBudgetFinal(models.Model):
    """Final accounts (决算) of an agency's year, frozen at closing.

    Closing copies every approved line of the year (budget, adjustments,
    actual, still committed, balance) into this record: later postings
    change the budget lines, not the accounts that were closed.
    """

    _name = "affairs.budget.final"
    _description = "Final Accounts"
    _inherit = ["mail.thread"]
    _order = "year desc, agency_id"
    _check_company_auto = True

    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        domain="[('is_affairs_agency', '=', True)]",
        check_company=True,
    )
    year = fields.Integer(required=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(STATES, default="draft", required=True, tracking=True)
    closed_by_id = fields.Many2one("res.users", string="Closed By", readonly=True)
    closed_date = fields.Datetime(string="Closed On", readonly=True)
    line_ids = fields.One2many(
        "affairs.budget.final.line", "final_id", string="Lines", readonly=True
    )
    amount = fields.Monetary(string="Budget", compute="_compute_totals", store=True)
    actual_amount = fields.Monetary(
        string="Actual", compute="_compute_totals", store=True
    )
    balance = fields.Monetary(compute="_compute_totals", store=True)

    _agency_year_uniq = models.Constraint(
        "UNIQUE(agency_id, year, company_id)",
        "An agency has one final account per year.",
    )

    @api.depends(
        "line_ids.amount",
        "line_ids.actual_amount",
        "line_ids.balance",
        "line_ids.is_income",
    )
    def _compute_totals(self):
        """Totals of spending: income lines (a lease's rent) are listed with
        their own figures but are not added to what was spent."""
        for final in self:
            spending = final.line_ids.filtered(lambda line: not line.is_income)
            final.amount = sum(spending.mapped("amount"))
            final.actual_amount = sum(spending.mapped("actual_amount"))
            final.balance = sum(spending.mapped("balance"))

    @api.constrains("year")
    def _check_year(self):
        for final in self:
            if not YEAR_MIN <= final.year <= YEAR_MAX:
                raise UserError(
                    self.env._(
                        "Choose a year between %(min)s and %(max)s.",
                        min=YEAR_MIN,
                        max=YEAR_MAX,
                    )
                )

    def _compute_display_name(self):
        for final in self:
            final.display_name = self.env._(
                "%(agency)s final accounts %(year)s",
                agency=final.agency_id.name or "",
                year=final.year,
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_closed(self):
        if any(final.state == "closed" for final in self):
            raise UserError(self.env._("Closed final accounts are kept on file."))

    def action_close(self):
        """Freeze the year's approved lines into the final accounts (决算)."""
        if not self.env.user.has_group("affairs_base.group_affairs_manager"):
            raise UserError(self.env._("Only an Affairs Manager closes a year."))
        for final in self:
            if final.state != "draft":
                raise UserError(self.env._("%s is closed already.", final.display_name))
        lines = self.env["affairs.budget.line"].search(
            [
                ("state", "=", "approved"),
                ("agency_id", "in", self.agency_id.ids),
                ("year", "in", self.mapped("year")),
            ]
        )
        vals_list = []
        for final in self:
            for line in lines.filtered(
                lambda line, f=final: (
                    line.agency_id == f.agency_id and line.year == f.year
                )
            ):
                vals_list.append(final._prepare_final_line_vals(line))
        self.env["affairs.budget.final.line"].create(vals_list)
        self.write(
            {
                "state": "closed",
                "closed_by_id": self.env.uid,
                "closed_date": fields.Datetime.now(),
            }
        )
        return True

    def _prepare_final_line_vals(self, line):
        self.ensure_one()
        return {
            "final_id": self.id,
            "fund_id": line.fund_id.id,
            "classification_id": line.classification_id.id,
            "initial_amount": line.initial_amount,
            "adjustment_amount": line.adjustment_amount,
            "amount": line.amount,
            "actual_amount": line.actual_amount,
            "committed_amount": line.committed_amount,
        }


class AffairsBudgetFinalLine(models.Model):
    """One frozen line of the final accounts."""

    _name = "affairs.budget.final.line"
    _description = "Final Accounts Line"
    _order = "final_id, classification_id, fund_id"

    final_id = fields.Many2one(
        "affairs.budget.final", required=True, index=True, ondelete="cascade"
    )
    agency_id = fields.Many2one(related="final_id.agency_id", store=True)
    company_id = fields.Many2one(related="final_id.company_id", store=True)
    currency_id = fields.Many2one(related="final_id.currency_id")
    fund_id = fields.Many2one("affairs.budget.fund", required=True)
    classification_id = fields.Many2one("affairs.budget.classification", required=True)
    is_income = fields.Boolean(related="classification_id.is_income", store=True)
    initial_amount = fields.Monetary(string="Initial Budget")
    adjustment_amount = fields.Monetary(string="Adjustments")
    amount = fields.Monetary(string="Budget")
    actual_amount = fields.Monetary(string="Actual")
    committed_amount = fields.Monetary(string="Still Committed")
    balance = fields.Monetary(compute="_compute_balance", store=True)

    @api.depends("amount", "actual_amount")
    def _compute_balance(self):
        for line in self:
            line.balance = line.amount - line.actual_amount
