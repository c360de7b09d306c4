# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command

from odoo.addons.affairs_base.tests.common import (
    AffairsCommon,
    ensure_chart_of_accounts,
)
from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class PropertyCommon(AffairsCommon):
    """The agencies, cadres and bureau staff of ``AffairsCommon``, agencies
    at the other organ levels, a building."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.officer2, cls.cadre = cls.officer_2, cls.user_a
        cls.municipal, cls.other_agency = cls.agency_a, cls.agency_b
        cls.county, cls.central, cls.provincial, cls.township = cls.env[
            "hr.department"
        ].create(
            [
                {"name": name, "is_affairs_agency": True, "affairs_level": level}
                for name, level in (
                    ("县财政局", "county"),
                    ("财政部", "central"),
                    ("省财政厅", "provincial"),
                    ("某镇政府", "township"),
                )
            ]
        )
        cls.building = cls.env["affairs.building"].create(
            {"name": "一号办公楼", "code": "TB1", "title_certificate": "产权-001"}
        )

    @classmethod
    def _setup_affairs_fixtures(cls):
        # The company and its chart first: agencies and users are created in
        # it (l10n_cn_gov_property switches to a company of its own).
        cls.company = cls.env.company
        cls._ensure_chart_of_accounts()
        super()._setup_affairs_fixtures()

    @classmethod
    def _ensure_chart_of_accounts(cls):
        ensure_chart_of_accounts(cls.env, cls.company)

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
