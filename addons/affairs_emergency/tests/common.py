# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.tests import new_test_user

from odoo.addons.affairs_base.tests.common import AffairsCommon


class EmergencyCommon(AffairsCommon):
    """A lift-entrapment plan with its command roles, levels and resources."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["affairs.emergency.plan"])
        cls.duty_officer = new_test_user(
            cls.env,
            "duty_officer",
            groups="affairs_emergency.group_emergency_office",
            name="Duty Officer",
        )
        cls.employee_duty = cls.env["hr.employee"].create(
            {"name": "Duty Officer", "user_id": cls.duty_officer.id}
        )
        cls.extinguisher, cls.stretcher = cls.env["affairs.emergency.resource"].create(
            [
                {
                    "name": "Dry-powder extinguisher",
                    "resource_type": "equipment",
                    "location": "B1 store",
                    "quantity": 5,
                    "custodian_id": cls.employee_officer.id,
                },
                {
                    "name": "Stretcher",
                    "resource_type": "equipment",
                    "location": "Clinic",
                    "quantity": 2,
                },
            ]
        )
        cls.plan = cls._create_plan()

    @classmethod
    def _create_plan(cls, name="Lift entrapment plan", **values):
        Plan = cls.env["affairs.emergency.plan"].with_user(cls.duty_officer)
        vals = {
            "name": name,
            "plan_type": "special",
            "hazard": "lift",
            "scope": "compound",
            "date_effective": cls.today,
            "role_ids": [
                Command.create(
                    {
                        "role_type": "commander",
                        "name": "Commander",
                        "employee_id": cls.employee_manager.id,
                        "phone_24h": "13800000001",
                    }
                ),
                Command.create(
                    {
                        "role_type": "office",
                        "name": "Emergency office",
                        "employee_id": cls.employee_duty.id,
                        "phone_24h": "13800000002",
                    }
                ),
                Command.create(
                    {
                        "role_type": "group",
                        "name": "Rescue group",
                        "employee_id": cls.employee_a.id,
                        "deputy_ids": [Command.link(cls.employee_officer.id)],
                        "phone_24h": "13800000003",
                    }
                ),
            ],
            "resource_line_ids": [
                Command.create(
                    {"resource_id": cls.extinguisher.id, "quantity_required": 4}
                ),
                Command.create(
                    {"resource_id": cls.stretcher.id, "quantity_required": 1}
                ),
            ],
        }
        vals.update(values)
        plan = Plan.create(vals)
        commander, office, rescue = plan.role_ids
        cls.env["affairs.emergency.plan.level"].with_user(cls.duty_officer).create(
            [
                {
                    "plan_id": plan.id,
                    "level": "4",
                    "trigger": "One lift stopped with people inside, no injury.",
                    "step_ids": [
                        Command.create(
                            {
                                "sequence": 1,
                                "name": "Calm the trapped persons",
                                "role_id": office.id,
                                "time_limit_minutes": 5,
                            }
                        ),
                        Command.create(
                            {
                                "sequence": 2,
                                "name": "Call the lift maintenance company",
                                "role_id": rescue.id,
                                "time_limit_minutes": 10,
                            }
                        ),
                        Command.create(
                            {
                                "sequence": 3,
                                "name": "Free the persons and report",
                                "role_id": rescue.id,
                                "time_limit_minutes": 30,
                            }
                        ),
                    ],
                },
                {
                    "plan_id": plan.id,
                    "level": "1",
                    "trigger": "Several lifts or injured persons.",
                    "step_ids": [
                        Command.create(
                            {"name": "Commander takes charge", "role_id": commander.id}
                        ),
                    ],
                },
            ]
        )
        return plan

    @classmethod
    def _approve(cls, plan):
        plan.with_user(cls.duty_officer).action_submit()
        plan.with_user(cls.manager).action_approve()
        return plan

    @classmethod
    def _months_ago(cls, months, days=0):
        return cls.today - relativedelta(months=months, days=days)
