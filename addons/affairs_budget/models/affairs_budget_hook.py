# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import float_compare

# Rule code of the manager's exception letting a document overrun its line.
RULE_OVERRUN = "budget_overrun"


class AffairsBudgetHook(models.AbstractModel):
    """Commitment control: consumes what documents declare in the base hook."""

    _inherit = "affairs.budget.hook"

    def _affairs_budget_commit(self):
        """Commit the declared amounts on the approved budget lines.

        The lines are row-locked, then each document must fit in what is
        available, unless a manager recorded the ``budget_overrun``
        exception on it. Documents of an agency without an approved line
        for the classification and year are not controlled.
        """
        res = super()._affairs_budget_commit()
        # sudo: the declared values are read for control only; an approver
        # may not read the document's bills or the budget ledger.
        values = [
            value
            for value in self.sudo()._affairs_budget_values()
            if value.get("agency") and value.get("amount", 0.0) > 0
        ]
        if not values:
            return res
        # sudo: the approver may not read or write the budget ledger; commitments are
        # derived data.
        Line = self.env["affairs.budget.line"].sudo()
        keyed = [(value, self._affairs_budget_key(value)) for value in values]
        lines_by_key = Line._affairs_lines_for_keys({key for _v, key in keyed})
        keyed = [
            (value, lines_by_key[key]) for value, key in keyed if key in lines_by_key
        ]
        if not keyed:
            return res
        lines = Line.union(*[line for _value, line in keyed])
        lines._affairs_lock()
        exceptions = self._affairs_budget_exceptions([value for value, _l in keyed])
        needed = defaultdict(float)
        for value, line in keyed:
            needed[line] += value["amount"]
        for line, amount in needed.items():
            over = (
                float_compare(
                    amount,
                    line.available_amount,
                    precision_rounding=line.currency_id.rounding or 0.01,
                )
                > 0
            )
            # Income (e.g. a lease's rent) is expected, never refused.
            if (
                over
                and not line.is_income
                and not all(
                    (value["record"]._name, value["record"].id) in exceptions
                    for value, value_line in keyed
                    if value_line == line
                )
            ):
                raise UserError(self._affairs_budget_overrun_message(line, amount))
        self.env["affairs.budget.commitment"]._affairs_bulk_open(
            [
                {
                    "line_id": line.id,
                    "res_model": value["record"]._name,
                    "res_id": value["record"].id,
                    "document_name": value["record"].display_name,
                    "date": fields.Date.to_date(value["date"]),
                    "amount": value["amount"],
                    "exception_id": exceptions.get(
                        (value["record"]._name, value["record"].id)
                    ),
                }
                for value, line in keyed
            ]
        )
        lines._affairs_refresh_committed()
        lines._affairs_check_warning()
        return res

    def _affairs_budget_release(self):
        """Release what the documents still hold on their lines."""
        res = super()._affairs_budget_release()
        if not self:
            return res
        # sudo: the document's commitments are released whoever cancels it.
        commitments = (
            self.env["affairs.budget.commitment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", self.ids),
                    ("state", "=", "open"),
                ]
            )
        )
        if commitments:
            commitments.line_id._affairs_lock()
            commitments.write({"state": "released"})
            commitments.line_id._affairs_refresh_committed()
        return res

    def _affairs_budget_key(self, value):
        fund = value.get("fund")
        return (
            value["agency"].id,
            value["classification"],
            fields.Date.to_date(value["date"]).year,
            fund or None,
        )

    def _affairs_budget_exceptions(self, values):
        """{(model, id): exception id} of the overrun exceptions on file."""
        by_model = defaultdict(list)
        for value in values:
            by_model[value["record"]._name].append(value["record"].id)
        found = {}
        for model, ids in by_model.items():
            # sudo: the exception is the manager's; the check must see it.
            for exception in (
                self.env["affairs.exception"]
                .sudo()
                .search(
                    [
                        ("res_model", "=", model),
                        ("res_id", "in", ids),
                        ("rule_code", "=", RULE_OVERRUN),
                    ]
                )
            ):
                found[(model, exception.res_id)] = exception.id
        return found

    def _affairs_budget_overrun_message(self, line, amount):
        currency = line.currency_id
        return self.env._(
            "Over budget: %(line)s has %(available)s available (budget "
            "%(budget)s, committed %(committed)s, actual %(actual)s), and "
            "%(amount)s is asked for. An Affairs Manager may record an "
            "exception with a reason (rule %(rule)s).",
            line=line.display_name,
            available=currency.format(line.available_amount),
            budget=currency.format(line.amount),
            committed=currency.format(line.committed_amount),
            actual=currency.format(line.actual_amount),
            amount=currency.format(amount),
            rule=RULE_OVERRUN,
        )
