# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime, time, timedelta

from odoo import Command, fields
from odoo.tests import TransactionCase, new_test_user

LETTER_PDF = base64.b64encode(b"%PDF-1.4 official letter")


class ReceptionFixtures:
    """Agencies, users, ranks and partners shared by the reception tests."""

    @classmethod
    def _setup_reception_data(cls):
        env = cls.env
        cls.company = env.company
        cls.agency_a, cls.agency_b = env["hr.department"].create(
            [
                {
                    "name": "Test Agency A",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                },
                {
                    "name": "Test Agency B",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                },
            ]
        )
        cls.officer = new_test_user(
            env, "recp_officer", groups="affairs_base.group_affairs_officer"
        )
        cls.manager = new_test_user(
            env, "recp_manager", groups="affairs_base.group_affairs_manager"
        )
        cls.manager_2 = new_test_user(
            env, "recp_manager2", groups="affairs_base.group_affairs_manager"
        )
        cls.cadre_a = new_test_user(
            env, "recp_cadre_a", groups="affairs_base.group_affairs_user"
        )
        cls.cadre_b = new_test_user(
            env, "recp_cadre_b", groups="affairs_base.group_affairs_user"
        )
        cls.employee_officer, cls.employee_a, cls.employee_b, cls.employee_host = env[
            "hr.employee"
        ].create(
            [
                {
                    "name": "Officer Wang",
                    "user_id": cls.officer.id,
                    "department_id": cls.agency_a.id,
                },
                {
                    "name": "Cadre Li",
                    "user_id": cls.cadre_a.id,
                    "department_id": cls.agency_a.id,
                },
                {
                    "name": "Cadre Zhao",
                    "user_id": cls.cadre_b.id,
                    "department_id": cls.agency_b.id,
                },
                {
                    "name": "Host Chen",
                    "department_id": cls.agency_a.id,
                    "job_title": "Director",
                },
            ]
        )
        cls.rank_ministerial_deputy = env.ref("affairs_base.rank_ministerial_deputy")
        cls.rank_bureau = env.ref("affairs_base.rank_bureau")
        cls.rank_bureau_deputy = env.ref("affairs_base.rank_bureau_deputy")
        cls.rank_division = env.ref("affairs_base.rank_division")
        cls.rank_staff = env.ref("affairs_base.rank_staff")
        cls.rank_researcher = env.ref("affairs_base.rank_grade_researcher_1")
        cls.visitor, cls.hotel, cls.plain_hotel, cls.restaurant, cls.bus_company = env[
            "res.partner"
        ].create(
            [
                {"name": "Provincial Development Commission", "is_company": True},
                {
                    "name": "Designated Hotel",
                    "is_company": True,
                    "is_designated_hotel": True,
                },
                {"name": "Luxury Resort", "is_company": True},
                {
                    "name": "Government Canteen",
                    "is_company": True,
                    "is_designated_venue": True,
                },
                {"name": "City Bus Company", "is_company": True},
            ]
        )
        cls.region_bj = env.ref("base.state_cn_BJ")
        cls.region_xz = env.ref("base.state_cn_XZ")
        cls.region_js = env.ref("base.state_cn_JS")

    @classmethod
    def day(cls, offset=0):
        """A date ``offset`` days from the test visit, which starts in 60 days
        (approval must precede the visit)."""
        return fields.Date.today() + timedelta(days=60 + offset)

    @classmethod
    def at(cls, offset=0, hour=9):
        return datetime.combine(cls.day(offset), time(hour, 0))

    @classmethod
    def _reception_vals(cls, guests=3, rank=None, **values):
        rank = rank or cls.rank_staff
        vals = {
            "visiting_partner_id": cls.visitor.id,
            "letter_number": "发改函〔2026〕12号",
            "letter_date": cls.day(-9),
            "letter_file": LETTER_PDF,
            "letter_filename": "letter.pdf",
            "purpose": "Research on logistics reform",
            "host_agency_id": cls.agency_a.id,
            "host_employee_id": cls.employee_host.id,
            "region_id": cls.region_js.id,
            "date_arrival": cls.at(0, 9),
            "date_departure": cls.at(2, 17),
            "guest_ids": [
                Command.create(
                    {"name": f"Guest {index}", "rank_id": rank.id, "post": "Officer"}
                )
                for index in range(guests)
            ],
        }
        vals.update(values)
        return vals

    @classmethod
    def _create_reception(cls, user=None, **kwargs):
        model = cls.env["affairs.reception"]
        if user:
            model = model.with_user(user)
        return model.create(cls._reception_vals(**kwargs))

    def _meal(self, reception, **values):
        vals = {
            "reception_id": reception.id,
            "date": self.day(1),
            "meal_type": "work_meal",
            "guest_count": reception.guest_count,
            "companion_count": 1,
            "cost_per_person": 100,
        }
        vals.update(values)
        return self.env["affairs.reception.meal"].create(vals)

    def _lodging(self, reception, **values):
        vals = {
            "reception_id": reception.id,
            "hotel_id": self.hotel.id,
            "room_count": 1,
            "nights": 2,
            "price_per_night": 400,
        }
        vals.update(values)
        return self.env["affairs.reception.lodging"].create(vals)

    def _grant(self, reception, rule_code, reason="Justified by the visit"):
        action = reception.with_user(self.manager).action_affairs_open_grant_exception(
            rule_code
        )
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.manager)
            .with_context(action["context"])
            .create({"reason": reason})
        )
        wizard.action_grant()

    def _approve(self, reception):
        reception.with_user(self.officer).action_submit()
        reception.with_user(self.manager).action_approve()


class ReceptionCommon(ReceptionFixtures, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls._setup_reception_data()
