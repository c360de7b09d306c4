# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from .common import BudgetCommon


class TestBudgetFinal(BudgetCommon):
    def test_close_freezes_figures(self):
        """Closing copies the year's lines; later postings leave it unchanged."""
        self._post_bill(self.agency_a, self.cls_reception, 12000)
        final = (
            self.env["affairs.budget.final"]
            .with_user(self.manager)
            .create({"agency_id": self.agency_a.id, "year": self.year})
        )
        final.action_close()
        self.assertEqual(final.state, "closed")
        self.assertEqual(final.amount, 230000)
        self.assertEqual(final.actual_amount, 12000)
        self.assertEqual(final.balance, 218000)
        self._post_bill(self.agency_a, self.cls_reception, 1000)
        self.assertEqual(final.actual_amount, 12000)
        self.assertEqual(self.line_reception.actual_amount, 13000)
        with self.assertRaises(UserError):
            final.unlink()

    def test_only_manager_closes(self):
        """An officer cannot close a year."""
        final = self.env["affairs.budget.final"].create(
            {"agency_id": self.agency_a.id, "year": self.year}
        )
        with self.assertRaises(UserError):
            final.with_user(self.officer).action_close()

    def test_excel(self):
        final = self.env["affairs.budget.final"].create(
            {"agency_id": self.agency_a.id, "year": self.year}
        )
        final.action_close()
        _title, columns, rows = self.env[
            "report.affairs_budget.budget_final_xlsx"
        ]._affairs_ledger(final)
        self.assertEqual(len(rows), 3)
        self.assertEqual(sum(row[6] for row in rows), 230000)
