# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import datetime, time, timedelta

from odoo import Command, fields

from odoo.addons.affairs_base.tests.common import AffairsCommon, AffairsFixtures

LETTER_PDF = base64.b64encode(b"%PDF-1.4 official letter")


class ReceptionFixtures(AffairsFixtures):
    """The agencies, cadres and bureau staff of ``AffairsFixtures``, a host,
    ranks and partners shared by the reception tests."""

    @classmethod
    def _setup_affairs_fixtures(cls):
        super()._setup_affairs_fixtures()
        env = cls.env
        cls.company = env.company
        cls.cadre_a, cls.cadre_b = cls.user_a, cls.user_b
        cls.employee_officer.department_id = cls.agency_a
        cls.employee_host = env["hr.employee"].create(
            {
                "name": "Host Chen",
                "department_id": cls.agency_a.id,
                "job_title": "Director",
            }
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


class ReceptionCommon(ReceptionFixtures, AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
