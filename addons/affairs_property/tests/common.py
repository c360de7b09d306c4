# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon


class PropertyCommon(BaseCommon):
    """Agencies at several organ levels, cadres of several ranks, a building."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls._ensure_chart_of_accounts()
        cls.manager = new_test_user(
            cls.env,
            "prop_manager",
            groups="affairs_base.group_affairs_manager",
            name="Property Manager",
        )
        cls.officer = new_test_user(
            cls.env,
            "prop_officer",
            groups="affairs_base.group_affairs_officer",
            name="Property Officer",
        )
        cls.officer2 = new_test_user(
            cls.env,
            "prop_officer2",
            groups="affairs_base.group_affairs_officer",
            name="Second Officer",
        )
        cls.cadre = new_test_user(
            cls.env,
            "prop_cadre",
            groups="affairs_base.group_affairs_user",
            name="Agency Cadre",
        )
        Department = cls.env["hr.department"]
        cls.municipal, cls.county, cls.central, cls.provincial, cls.township = (
            Department.create(
                [
                    {"name": name, "is_affairs_agency": True, "affairs_level": level}
                    for name, level in (
                        ("市财政局", "municipal"),
                        ("县财政局", "county"),
                        ("财政部", "central"),
                        ("省财政厅", "provincial"),
                        ("某镇政府", "township"),
                    )
                ]
            )
        )
        cls.other_agency = Department.create(
            {
                "name": "市教育局",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        cls.building = cls.env["affairs.building"].create(
            {"name": "一号办公楼", "code": "TB1", "title_certificate": "产权-001"}
        )
        cls.cadre_employee = cls._employee("干部", cls.municipal, "section")
        cls.cadre_employee.user_id = cls.cadre

    @classmethod
    def _ensure_chart_of_accounts(cls):
        if not cls.env["account.journal"].search(
            [("type", "=", "sale"), ("company_id", "=", cls.company.id)], limit=1
        ):
            cls.env["account.chart.template"].try_loading(
                "generic_coa", cls.company, install_demo=False
            )

    @classmethod
    def _rank(cls, code):
        return cls.env.ref(f"affairs_base.rank_{code}")

    @classmethod
    def _employee(cls, name, agency, rank_code):
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "department_id": agency.id,
                "affairs_rank_id": cls._rank(rank_code).id if rank_code else False,
            }
        )

    @classmethod
    def _room(
        cls, name, area, agency=None, occupants=None, usage="office", building=None
    ):
        return cls.env["affairs.room"].create(
            {
                "building_id": (building or cls.building).id,
                "name": name,
                "usable_area": area,
                "usage": usage,
                "agency_id": agency.id if agency else False,
                "occupant_ids": [Command.set(occupants.ids)] if occupants else [],
            }
        )

    @classmethod
    def _category(cls, code):
        return cls.env["affairs.asset.category"].search([("code", "=", code)], limit=1)

    @classmethod
    def _asset(cls, name="台式计算机", agency=None, value=6000.0, code="A02.1", **vals):
        return cls.env["affairs.asset"].create(
            dict(
                {
                    "name": name,
                    "category_id": cls._category(code).id,
                    "agency_id": (agency or cls.municipal).id,
                    "acquisition_date": "2024-01-15",
                    "acquisition_value": value,
                },
                **vals,
            )
        )

    def _approve_all(self, record, users=None):
        """Approve every step with the given users (officer then manager)."""
        for user in users or (self.officer, self.manager):
            if record.state != "submitted":
                break
            if record.with_user(user).can_review:
                record.with_user(user).action_approve()
        return record
