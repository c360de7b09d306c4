# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from .common import ProcurementCommon


@tagged("at_install", "-post_install")
class TestQueryCounts(ProcurementCommon):
    """Evaluation and statistics use a number of queries independent of size."""

    def _partners(self, count):
        return self.env["res.partner"].create(
            [{"name": f"Bidder {index}", "is_company": True} for index in range(count)]
        )

    def _evaluation_queries(self, size):
        project = self._bidding_project()
        partners = self._partners(size)
        bids = self._add_bids(
            project,
            [
                (partner, 1000.0 + index, index % 2 == 0)
                for index, partner in enumerate(partners)
            ],
            qualification="pending",
        )
        self.env.flush_all()
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        bids.with_user(self.executor).write({"qualification": "pass"})
        project.with_user(self.executor).action_evaluate()
        self.env.flush_all()
        count = self.env.cr.sql_log_count - start
        self.assertEqual(sorted(bids.mapped("ranking")), list(range(1, size + 1)))
        return count

    def test_evaluation_query_count(self):
        self._evaluation_queries(5)  # warm the caches (rules, groups, views)
        small = self._evaluation_queries(10)
        large = self._evaluation_queries(40)
        self.assertEqual(small, large)

    def _stats_queries(self, size):
        Project = self.env["affairs.procurement.project"]
        projects = Project.create(
            [
                self._project_vals(
                    title=f"P{index}",
                    budget_amount=100000.0 + index,
                    agency_id=(self.agency if index % 2 else self.other_agency).id,
                )
                for index in range(size)
            ]
        )
        projects.write({"state": "approved", "stage": "awarded"})
        self.env.flush_all()
        self.env.invalidate_all()
        report = self.env.ref(
            "affairs_procurement.action_report_procurement_stats_xlsx"
        )
        start = self.env.cr.sql_log_count
        report._render_xlsx(report.report_name, projects.ids, {})
        return self.env.cr.sql_log_count - start

    def test_statistics_query_count(self):
        self._stats_queries(5)  # warm the caches
        small = self._stats_queries(10)
        large = self._stats_queries(40)
        self.assertEqual(small, large)
