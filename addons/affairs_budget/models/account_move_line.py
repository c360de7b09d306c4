# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class AccountMoveLine(models.Model):
    """Journal items carry the agency, classification and budget line."""

    _inherit = "account.move.line"

    affairs_budget_agency_id = fields.Many2one(
        "hr.department",
        string="Budget Agency",
        compute="_compute_affairs_budget_agency_id",
        store=True,
        index="btree_not_null",
        help="The agency whose analytic account the item is distributed to.",
    )
    affairs_budget_classification_id = fields.Many2one(
        "affairs.budget.classification",
        string="Economic Classification",
        compute="_compute_affairs_budget_classification_id",
        store=True,
        readonly=False,
        index="btree_not_null",
    )
    affairs_budget_line_id = fields.Many2one(
        "affairs.budget.line",
        string="Budget Line",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    affairs_budget_commitment_id = fields.Many2one(
        "affairs.budget.commitment",
        string="Commitment",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )

    @api.depends("analytic_distribution")
    def _compute_affairs_budget_agency_id(self):
        account_ids = {
            int(account_id)
            for line in self
            for key in (line.analytic_distribution or {})
            for account_id in str(key).split(",")
            if account_id.isdigit()
        }
        # sudo: the agency follows the analytic account, whatever departments the bill's
        # author reads.
        agencies = (
            self.env["hr.department"]
            .sudo()
            .search(
                [
                    ("is_affairs_agency", "=", True),
                    ("affairs_analytic_account_id", "in", list(account_ids)),
                ]
            )
            if account_ids
            else self.env["hr.department"]
        )
        by_account = {
            agency.affairs_analytic_account_id.id: agency for agency in agencies
        }
        for line in self:
            agency = self.env["hr.department"]
            for key in line.analytic_distribution or {}:
                for account_id in str(key).split(","):
                    if account_id.isdigit() and int(account_id) in by_account:
                        agency = agency or by_account[int(account_id)]
            line.affairs_budget_agency_id = agency

    @api.depends("account_id")
    def _compute_affairs_budget_classification_id(self):
        # sudo: the classification follows the account, even for authors outside the
        # affairs and invoicing groups.
        Classification = self.env["affairs.budget.classification"].sudo()
        accounts = self.account_id
        classifications = (
            Classification.search([("account_ids", "in", accounts.ids)])
            if accounts
            else Classification
        )
        by_account = {}
        for classification in classifications:
            for account in classification.account_ids:
                by_account.setdefault(account.id, classification)
        for line in self:
            line.affairs_budget_classification_id = (
                line.affairs_budget_classification_id
                or by_account.get(line.account_id.id)
            )

    def _affairs_budget_assign(self):
        """Attribute the items of an agency and classification to a line."""
        lines = self.filtered(
            lambda line: (
                line.affairs_budget_agency_id
                and line.affairs_budget_classification_id
                and not line.affairs_budget_line_id
            )
        )
        keys = {
            line: (
                line.affairs_budget_agency_id.id,
                line.affairs_budget_classification_id.code,
                line.date.year,
                None,
            )
            for line in lines
        }
        found = self.env["affairs.budget.line"]._affairs_lines_for_keys(
            set(keys.values())
        )
        for line, key in keys.items():
            if key in found:
                line.affairs_budget_line_id = found[key]

    @api.model
    def _affairs_budget_assign_unassigned(self, agencies, years):
        """Attribute posted items found before their budget was approved."""
        if not agencies or not years:
            return
        domain = [
            ("parent_state", "=", "posted"),
            ("affairs_budget_agency_id", "in", agencies.ids),
            ("affairs_budget_classification_id", "!=", False),
            ("affairs_budget_line_id", "=", False),
            ("date", ">=", fields.Date.to_date(f"{min(years)}-01-01")),
            ("date", "<=", fields.Date.to_date(f"{max(years)}-12-31")),
        ]
        # sudo: the budget's approver need not read journal items; they are only tagged.
        self.sudo().search(domain)._affairs_budget_assign()
