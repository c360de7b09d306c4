# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import ConstructionCommon


class TestPerformance(ConstructionCommon):
    """Dashboard and roll-ups cost the same number of queries at any size."""

    def _build(self, projects, contracts_per_project, payments_per_contract):
        Project = self.env["affairs.construction.project"]
        created = Project.create(
            [
                {
                    "name": f"P{i}",
                    "agency_id": self.agency_a.id,
                    "site": "S",
                    "budget_amount": 1000000.0,
                }
                for i in range(projects)
            ]
        )
        contracts = self.env["affairs.construction.contract"].create(
            [
                {
                    "name": f"C{project.id}-{j}",
                    "project_id": project.id,
                    "partner_id": self.builder.id,
                    "amount": 100000.0,
                }
                for project in created
                for j in range(contracts_per_project)
            ]
        )
        self.env["affairs.construction.payment"].create(
            [
                {"contract_id": contract.id, "amount": 10.0}
                for contract in contracts
                for _k in range(payments_per_contract)
            ]
        )
        self.env.flush_all()
        return created, contracts

    def test_dashboard_query_count_constant(self):
        Project = self.env["affairs.construction.project"]
        counts = []
        for size in (2, 8):
            self._build(size, 2, 3)
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            Project._get_dashboard_figures()
            counts.append(self.env.cr.sql_log_count - before)
        self.assertEqual(counts[0], counts[1])

    def test_rollups_query_count_constant(self):
        counts = []
        for size in (2, 8):
            projects, contracts = self._build(size, 2, 3)
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            contracts._compute_paid_amount()
            contracts._compute_change_amount()
            contracts._compute_certified_percent()
            projects._compute_contract_figures()
            projects._compute_progress_percent()
            counts.append(self.env.cr.sql_log_count - before)
        self.assertEqual(counts[0], counts[1])
