# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsBudgetHook(models.AbstractModel):
    """What a document with money declares to budget control (预算控制).

    A model with an amount to keep inside an agency's budget returns, from
    ``_affairs_budget_values``, one dict per amount::

        {
            "record": the document (one record of ``self``),
            "agency": hr.department (the agency whose budget pays),
            "classification": "30217" (支出经济分类 code),
            "date": date (its year picks the budget line),
            "amount": float (>= 0),
            "fund": "public" (optional fund code),
            "moves": account.move (optional: the vendor bills that settle it),
        }

    The approval mixin calls ``_affairs_budget_commit`` once a request is
    approved and ``_affairs_budget_release`` when it is cancelled. Here both
    do nothing: ``affairs_budget`` overrides them, so a function addon only
    declares values and never depends on the budget addon.
    """

    _name = "affairs.budget.hook"
    _description = "Agency Affairs Budget Hook"

    def _affairs_budget_values(self):
        """Amounts of ``self`` to commit against budgets (see class doc)."""
        return []

    def _affairs_budget_commit(self):
        """Commit the declared amounts (``affairs_budget`` implements it)."""

    def _affairs_budget_release(self):
        """Release what ``self`` committed (``affairs_budget`` implements it)."""
