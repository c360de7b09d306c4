# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command
from .common import BudgetCommon


class TestBudgetQueryCount(BudgetCommon):
    """Commitment and the statement cost a number of queries that does not
    grow with the documents or agencies."""

    def _approved_trips(self, count):
        trips = self.env["affairs.outbound.trip"].create(
            [
                {
                    "title": f"Trip {index}",
                    "agency_id": self.agency_a.id,
                    "destination": "Japan",
                    "date_start": date(self.year, 3, 1),
                    "date_end": date(self.year, 3, 3),
                    "cost_line_ids": [Command.create({"name": "Air", "amount": 10})],
                }
                for index in range(count)
            ]
        )
        trips.flush_recordset()
        trips.invalidate_recordset()
        return trips

    def _count(self, function):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        function()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def test_commit_constant(self):
        warm_up, small, large = (
            self._approved_trips(1),
            self._approved_trips(3),
            self._approved_trips(30),
        )
        # The first call fills the registry caches (access rules, xml ids).
        self._count(warm_up._affairs_budget_commit)
        count_small = self._count(small._affairs_budget_commit)
        count_large = self._count(large._affairs_budget_commit)
        self.assertEqual(count_small, count_large)
        self.assertEqual(self.line_outbound.committed_amount, 340)

    def test_statement_constant(self):
        Statement = self.env["affairs.sangong.statement"]
        agencies = self.env["hr.department"].create(
            [
                {
                    "name": f"Agency {index}",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                }
                for index in range(8)
            ]
        )
        small = Statement.create(
            {"year": self.year, "agency_ids": [(6, 0, agencies[:2].ids)]}
        )
        large = Statement.create(
            {"year": self.year, "agency_ids": [(6, 0, agencies.ids)]}
        )
        self._count(small._affairs_statement_data)
        self.assertEqual(
            self._count(small._affairs_statement_data),
            self._count(large._affairs_statement_data),
        )
