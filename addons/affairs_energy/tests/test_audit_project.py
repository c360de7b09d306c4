# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError, ValidationError

from .common import EnergyCommon


class TestAuditProject(EnergyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.expert = cls.env["res.partner"].create({"name": "Expert Li"})
        cls.audit = (
            cls.env["affairs.energy.audit"]
            .with_user(cls.officer)
            .create(
                {
                    "name": "Audit A",
                    "agency_id": cls.agency_a.id,
                    "auditor": "Energy centre",
                    "finding_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "T8 tubes",
                                "recommendation": "LED retrofit",
                                "measure_type": "lighting",
                                "estimated_investment": 100000,
                                "expected_saving_tce": 8,
                            },
                        ),
                        (0, 0, {"name": "Meters not calibrated"}),
                    ],
                }
            )
        )

    def test_findings_become_projects(self):
        self.audit.with_user(self.officer).action_create_projects()
        project = self.audit.finding_ids.project_id
        self.assertEqual(len(project), 1)
        self.assertRecordValues(
            project,
            [
                {
                    "name": "LED retrofit",
                    "agency_id": self.agency_a.id,
                    "state": "proposed",
                    "measure_type": "lighting",
                    "investment": 100000,
                    "expected_saving_tce": 8,
                }
            ],
        )
        with self.assertRaises(UserError):
            self.audit.action_create_projects()

    def _project(self, **values):
        vals = {
            "name": "LED",
            "agency_id": self.agency_a.id,
            "measure_type": "lighting",
            "investment": 300000,
            "expected_saving_amount": 60000,
            "expert_ids": [(4, self.expert.id)],
        }
        vals.update(values)
        return self.env["affairs.energy.project"].with_user(self.officer).create(vals)

    def test_payback_and_workflow(self):
        project = self._project()
        self.assertAlmostEqual(project.payback_years, 5.0)
        with self.assertRaisesRegex(UserError, "favourable review"):
            project.with_user(self.officer_2).action_approve()
        self.env["affairs.energy.project.review"].create(
            {
                "project_id": project.id,
                "expert_id": self.expert.id,
                "opinion": "approve",
            }
        )
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            project.with_user(self.officer).action_approve()
        project.with_user(self.officer_2).action_approve()
        project.action_start()
        project.action_done()
        self.assertEqual(project.state, "done")

    def test_review_only_by_group_members(self):
        project = self._project()
        outsider = self.env["res.partner"].create({"name": "Outsider"})
        with self.assertRaises(ValidationError):
            self.env["affairs.energy.project.review"].create(
                {
                    "project_id": project.id,
                    "expert_id": outsider.id,
                    "opinion": "approve",
                }
            )

    def test_measured_saving_from_meters(self):
        """12 months before the start at 1,000 kWh/month, after at 600."""
        y = self.year - 1
        months = [date(y - 1, 12, 25)] + [
            date(y + (m // 12), m % 12 + 1, 25) for m in range(25)
        ]
        index, vals_list = 0, []
        for month in months:
            if month > months[0]:
                index += 1000 if month < date(y + 1, 2, 1) else 600
            vals_list.append(
                {"meter_id": self.elec_a.id, "date": month, "value": index}
            )
        self.env["affairs.energy.reading"].create(vals_list)
        project = self._project(
            state="done",
            start_date=date(y + 1, 1, 5),
            completion_date=date(y + 1, 1, 20),
            meter_ids=[(4, self.elec_a.id)],
        )
        # before: Jan..Dec y = 12 x 1,000 kWh; after: Feb y+1 .. Jan y+2 = 12 x 600
        expected = (12000 - 7200) * 0.1229 / 1000
        self.assertAlmostEqual(project.measured_saving_tce, expected, 3)

    def test_negative_investment_refused(self):
        with self.assertRaises(ValidationError):
            self._project(investment=-1)
