# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.tests import new_test_user

from odoo.addons.affairs_base.tests.common import AffairsCommon


class FacilityCommon(AffairsCommon):
    """A team, technicians, equipment of agency A, a small scoring scheme
    (50/30/20 points) and a contract of 10,000 a month on it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.technician = new_test_user(
            cls.env,
            "fac_technician",
            groups="affairs_facility.group_facility_technician",
            name="Technician",
        )
        cls.dispatcher = new_test_user(
            cls.env,
            "fac_dispatcher",
            groups="affairs_base.group_affairs_officer,"
            "affairs_facility.group_facility_dispatch",
            name="Dispatcher",
        )
        cls.team = cls.env["maintenance.team"].create(
            {"name": "Team", "member_ids": [(4, cls.technician.id)]}
        )
        cls.category_ac = cls.env["maintenance.equipment.category"].create(
            {"name": "Air conditioning", "technician_user_id": False}
        )
        Equipment = cls.env["maintenance.equipment"]
        cls.ac_a, cls.lift, cls.ac_b = Equipment.create(
            [
                {
                    "name": "AC room 305",
                    "category_id": cls.category_ac.id,
                    "affairs_agency_id": cls.agency_a.id,
                    "affairs_building": "Main building",
                    "affairs_room": "305",
                    "maintenance_team_id": cls.team.id,
                    "effective_date": date(2025, 1, 1),
                },
                {
                    "name": "Lift 1",
                    "affairs_is_special": True,
                    "affairs_special_type": "lift",
                    "affairs_building": "Main building",
                    "maintenance_team_id": cls.team.id,
                    "technician_user_id": cls.technician.id,
                },
                {
                    "name": "AC of agency B",
                    "category_id": cls.category_ac.id,
                    "affairs_agency_id": cls.agency_b.id,
                },
            ]
        )
        cls.scheme = cls.env["affairs.service.scheme"].create(
            {
                "name": "Cleaning test scheme",
                "service_type": "cleaning",
                "survey_weight": 0.0,
                "item_ids": [
                    (0, 0, {"name": "Floors", "weight": 50, "deduction_per_defect": 5}),
                    (
                        0,
                        0,
                        {"name": "Toilets", "weight": 30, "deduction_per_defect": 3},
                    ),
                    (0, 0, {"name": "Staff", "weight": 20, "deduction_per_defect": 2}),
                ],
                "rule_ids": [
                    (0, 0, {"min_score": 90, "deduction_percent": 0}),
                    (0, 0, {"min_score": 80, "deduction_percent": 5}),
                    (0, 0, {"min_score": 0, "deduction_percent": 10}),
                ],
            }
        )
        cls.contractor = cls.env["res.partner"].create(
            {"name": "Clean Co.", "is_company": True}
        )
        cls.contract = cls.env["affairs.service.contract"].create(
            {
                "name": "C-001",
                "title": "Cleaning of the main building",
                "partner_id": cls.contractor.id,
                "service_type": "cleaning",
                "date_start": date.today() - relativedelta(months=6),
                "date_end": date.today() + relativedelta(months=6),
                "monthly_fee": 10000.0,
                "scheme_id": cls.scheme.id,
                "agency_id": cls.agency_a.id,
                "state": "running",
            }
        )

    @classmethod
    def _inspection(cls, defects=(1, 2, 0), user=None, **values):
        """This month's inspection of the contract with ``defects`` per item."""
        inspection = (
            cls.env["affairs.service.inspection"]
            .with_user(user or cls.officer)
            .create({"contract_id": cls.contract.id, **values})
        )
        for line, count in zip(inspection.line_ids, defects, strict=True):
            line.defect_count = count
        return inspection
