# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import new_test_user

from odoo.addons.affairs_base.tests.common import AffairsCommon


class ConstructionCommon(AffairsCommon):
    """The base fixtures plus a construction office, a review group and one
    project of agency A under construction with a construction contract."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.office = new_test_user(
            cls.env,
            "jj_office",
            groups="affairs_construction.group_affairs_construction_office",
            name="Office One",
        )
        cls.office_2 = new_test_user(
            cls.env,
            "jj_office_2",
            groups="affairs_construction.group_affairs_construction_office",
            name="Office Two",
        )
        cls.reviewer = new_test_user(
            cls.env,
            "jj_reviewer",
            groups="affairs_construction.group_affairs_construction_review",
            name="Reviewer One",
        )
        cls.builder = cls.env["res.partner"].create(
            {"name": "Builder Ltd", "is_company": True}
        )
        cls.project = cls._project()
        cls.project.with_user(cls.office).action_approve()
        cls.project.with_user(cls.office).action_start()
        cls.contract = cls._contract(cls.project, amount=1000000.0)

    @classmethod
    def _project(cls, agency=None, **values):
        vals = {
            "name": "Roof renovation",
            "agency_id": (agency or cls.agency_a).id,
            "site": "Building 1",
            "approval_number": "发改〔2026〕1号",
            "approval_date": "2026-01-10",
            "estimate_amount": 4200000.0,
            "budget_estimate_amount": 4000000.0,
            "budget_amount": 3800000.0,
        }
        vals.update(values)
        return (
            cls.env["affairs.construction.project"].with_user(cls.office).create(vals)
        )

    @classmethod
    def _contract(cls, project, amount=1000000.0, retention_rate=3.0, activate=True):
        contract = (
            cls.env["affairs.construction.contract"]
            .with_user(cls.office)
            .create(
                {
                    "name": f"HT-{project.id}-{amount}",
                    "project_id": project.id,
                    "partner_id": cls.builder.id,
                    "amount": amount,
                    "retention_rate": retention_rate,
                    "signed_date": "2026-02-01",
                }
            )
        )
        if activate:
            contract.action_activate()
        return contract

    @classmethod
    def _certify(cls, contract, percent):
        progress = (
            cls.env["affairs.construction.progress"]
            .with_user(cls.office)
            .create(
                {
                    "project_id": contract.project_id.id,
                    "contract_id": contract.id,
                    "percent_complete": percent,
                    "planned_percent": percent,
                }
            )
        )
        progress.with_user(cls.office_2).action_certify()
        return progress

    @classmethod
    def _change(cls, contract, amount, submit=True):
        change = (
            cls.env["affairs.construction.change"]
            .with_user(cls.office)
            .create({"contract_id": contract.id, "amount": amount, "reason": "Site"})
        )
        if submit:
            change.action_submit()
        return change

    @classmethod
    def _payment(cls, contract, amount, percent):
        return (
            cls.env["affairs.construction.payment"]
            .with_user(cls.office)
            .create(
                {
                    "contract_id": contract.id,
                    "amount": amount,
                    "progress_percent": percent,
                }
            )
        )
