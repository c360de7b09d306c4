# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.affairs_budget.tests.common import BudgetCommon


@tagged("at_install")
class TestBudgetEnergy(BudgetCommon):
    """Retrofits of agency B against its 30213 line (100,000) and its 31006
    line (200,000)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_repair = cls.env.ref("affairs_budget.classification_30213")
        cls.cls_major = cls.env.ref("affairs_budget.classification_31006")
        budget = cls._approved_budget(
            cls.agency_b, cls.year, {cls.cls_repair: 100000, cls.cls_major: 200000}
        )
        cls.line_repair = budget.line_ids.filtered(
            lambda line: line.classification_id == cls.cls_repair
        )
        cls.line_major = budget.line_ids - cls.line_repair
        cls.expert = cls.env["res.partner"].create({"name": "Energy expert"})

    def _reviewed_project(self, measure_type, investment):
        project = (
            self.env["affairs.energy.project"]
            .with_user(self.officer)
            .create(
                {
                    "name": "Retrofit",
                    "agency_id": self.agency_b.id,
                    "measure_type": measure_type,
                    "investment": investment,
                    "start_date": date(self.year, 9, 1),
                    "expert_ids": [(4, self.expert.id)],
                }
            )
        )
        self.env["affairs.energy.project.review"].create(
            {
                "project_id": project.id,
                "expert_id": self.expert.id,
                "opinion": "approve",
            }
        )
        return project

    def test_approval_commits_cancel_releases(self):
        """LED lighting of 60,000 commits on 30213; a heat pump of 150,000
        on 31006; cancelling the lighting releases its 60,000."""
        lighting = self._reviewed_project("lighting", 60000)
        lighting.with_user(self.officer_2).action_approve()
        self.assertEqual(lighting.state, "approved")
        self.assertEqual(self.line_repair.committed_amount, 60000)
        self.assertEqual(self.line_repair.available_amount, 40000)
        pump = self._reviewed_project("ground_source_heat_pump", 150000)
        pump.with_user(self.officer_2).action_approve()
        self.assertEqual(self.line_major.committed_amount, 150000)
        self.assertEqual(self.line_repair.committed_amount, 60000)
        lighting.with_user(self.officer_2).action_cancel()
        self.assertEqual(self.line_repair.committed_amount, 0)
        self.assertEqual(self.line_major.committed_amount, 150000)

    def test_over_budget_refused_then_exception(self):
        """Insulation of 250,000 against 200,000 on 31006: refused with the
        figures, approved once a manager recorded the exception."""
        project = self._reviewed_project("insulation", 250000)
        with self.assertRaisesRegex(UserError, "250,000"), self.cr.savepoint():
            project.with_user(self.officer_2).action_approve()
        self.env.invalidate_all()
        self.assertEqual(project.state, "proposed")
        self.assertEqual(self.line_major.committed_amount, 0)
        self._grant_budget_exception(project, "Winter heating emergency")
        project.with_user(self.officer_2).action_approve()
        self.assertEqual(project.state, "approved")
        self.assertEqual(self.line_major.committed_amount, 250000)
