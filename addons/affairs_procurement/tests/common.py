# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from contextlib import contextmanager
from datetime import timedelta

from odoo import fields
from odoo.tests import new_test_user

from odoo.addons.affairs_base.tests.common import AffairsCommon
from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class ProcurementCommon(AffairsCommon):
    """The agencies, cadres and managers of ``AffairsCommon``, execution
    users, suppliers and experts."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.today = fields.Date.context_today(cls.env["affairs.procurement.project"])
        cls.agency, cls.other_agency = cls.agency_a, cls.agency_b
        cls.cadre, cls.other_cadre = cls.user_a, cls.user_b
        cls.executor = new_test_user(
            cls.env,
            "proc_executor",
            groups="affairs_procurement.group_procurement_executor",
        )
        cls.executor_2 = new_test_user(
            cls.env,
            "proc_executor2",
            groups="affairs_procurement.group_procurement_executor",
        )
        cls.manager_executor = new_test_user(
            cls.env,
            "proc_both",
            groups="affairs_base.group_affairs_manager,"
            "affairs_procurement.group_procurement_executor",
        )
        cls.supplier_a, cls.supplier_b, cls.supplier_c, cls.supplier_d = cls.env[
            "res.partner"
        ].create([{"name": f"Supplier {code}", "is_company": True} for code in "ABCD"])
        cls.expert_users = [
            new_test_user(
                cls.env,
                f"proc_expert{index}",
                groups="affairs_procurement.group_procurement_expert",
            )
            for index in range(6)
        ]
        cls.experts = cls.env["affairs.procurement.expert"].create(
            [
                {"name": f"Expert {index}", "user_id": user.id}
                for index, user in enumerate(cls.expert_users)
            ]
        )

    @contextmanager
    def assertRaisesRegex(self, exception, regex, msg=None):
        """Odoo's assertRaises (rolled back in a savepoint), then the message."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertRegex(str(catcher.exception), regex, msg)

    @classmethod
    def _project_vals(cls, **values):
        vals = {
            "title": "Office computers",
            "agency_id": cls.agency.id,
            "kind": "goods",
            "budget_amount": 500000.0,
            "method": "inquiry",
            "method_reason": "Standard goods with ample supply",
            "date_issue": cls.today - timedelta(days=30),
            "date_bid_deadline": cls.today - timedelta(days=5),
        }
        vals.update(values)
        return vals

    @classmethod
    def _create_project(cls, **values):
        return (
            cls.env["affairs.procurement.project"]
            .with_user(cls.executor)
            .create(cls._project_vals(**values))
        )

    @classmethod
    def _approve(cls, project):
        project.with_user(project.executor_id).action_submit()
        project.with_user(cls.manager).action_approve()
        return project

    @classmethod
    def _bidding_project(cls, bids=(), **values):
        """A published project with ``bids`` as (partner, price, sme) tuples."""
        project = cls._approve(cls._create_project(**values))
        project.with_user(cls.executor).action_publish()
        cls._add_bids(project, bids)
        return project

    @classmethod
    def _add_bids(cls, project, bids, qualification="pass"):
        return (
            cls.env["affairs.procurement.bid"]
            .with_user(cls.executor)
            .create(
                [
                    {
                        "project_id": project.id,
                        "partner_id": partner.id,
                        "price": price,
                        "is_small_micro": sme,
                        "qualification": qualification,
                    }
                    for partner, price, sme in bids
                ]
            )
        )

    def _three_bids(self):
        return [
            (self.supplier_a, 100000.0, True),
            (self.supplier_b, 95000.0, False),
            (self.supplier_c, 92000.0, False),
        ]
