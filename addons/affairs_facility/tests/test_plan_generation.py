# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import FacilityCommon

# set by the database or the clock, not by the generation
UNCOMPARED = {
    "id",
    "create_uid",
    "create_date",
    "write_uid",
    "write_date",
    "affairs_reported_at",
}


@tagged("at_install", "-post_install")
class TestPlanGeneration(FacilityCommon):
    """Mass generation of preventive requests: the same requests as create()
    would make, in a number of queries that does not grow with the plans."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kind = cls.env["affairs.maintenance.kind"].create(
            {
                "name": "Monthly service",
                "checklist_item_ids": [
                    (0, 0, {"name": "Clean filters", "sequence": 1}),
                    (0, 0, {"name": "Check belts", "sequence": 2}),
                ],
            }
        )
        cls.Request = cls.env["maintenance.request"]

    def _plans(self, equipment, **values):
        return self.env["affairs.maintenance.plan"].create(
            [
                {
                    "name": f"Plan {item.name}",
                    "equipment_id": item.id,
                    "kind_id": self.kind.id,
                    "start_date": date.today(),
                    "interval": 1,
                    "interval_unit": "month",
                    **values,
                }
                for item in equipment
            ]
        )

    def _count_queries(self, function):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        result = function()
        self.env.flush_all()
        return result, self.env.cr.sql_log_count - before

    def _stored_values(self, request):
        names = [
            name
            for name, field in self.Request._fields.items()
            if field.store and field.column_type and name not in UNCOMPARED
        ]
        return request.read(names)[0]

    def test_queries_do_not_grow(self):
        """A year for 40 or for 120 equipment items (480 or 1,440 requests
        with 2 checklist lines each: many of the ORM's insert batches) costs
        the same queries."""
        Equipment = self.env["maintenance.equipment"]

        def plans(count):
            return self._plans(
                Equipment.create(
                    [
                        {"name": f"Unit {n}", "maintenance_team_id": self.team.id}
                        for n in range(count)
                    ]
                )
            )

        until = date.today() + relativedelta(years=1, days=-1)
        warm_up, small, large = plans(2), plans(40), plans(120)
        # the first run fills the registry caches (access rules, subtypes)
        self._count_queries(lambda: warm_up._affairs_generate(until=until))
        few, count_small = self._count_queries(
            lambda: small._affairs_generate(until=until)
        )
        many, count_large = self._count_queries(
            lambda: large._affairs_generate(until=until)
        )
        self.assertEqual((len(few), len(many)), (480, 1440))
        self.assertEqual(count_small, count_large)
        self.assertEqual(len(many.affairs_check_line_ids), 2880)
        self.assertEqual(set(large.mapped("request_count")), {12})

    def test_same_requests_as_create(self):
        """Every stored value of a generated request (team, stage, technician
        from the plan or the equipment, category, building, agency, dates,
        costs), its checklist and its followers are those of a request
        created by the ORM from the same values."""
        today = date.today()
        plan_ac = self._plans(self.ac_a, technician_id=self.technician.id)
        plan_lift = self._plans(self.lift)
        plans = plan_ac | plan_lift
        generated = plans._affairs_generate(until=today + relativedelta(months=2))
        self.assertEqual(len(generated), 6)
        stage = self.Request._default_stage()
        for plan in plans:
            vals = dict(plan._prepare_request_vals(today), stage_id=stage.id)
            by_orm = self.Request.create(vals)
            bulk = generated.filtered(
                lambda r, plan=plan: (
                    r.affairs_plan_id == plan and r.request_date == today
                )
            )
            values, expected = self._stored_values(bulk), self._stored_values(by_orm)
            differences = {
                name: (values[name], expected[name])
                for name in expected
                if name != "id" and values[name] != expected[name]
            }
            self.assertEqual(differences, {})
            self.assertEqual(
                bulk.affairs_check_line_ids.mapped(
                    lambda line: (line.name, line.sequence, line.company_id)
                ),
                by_orm.affairs_check_line_ids.mapped(
                    lambda line: (line.name, line.sequence, line.company_id)
                ),
            )
            self.assertEqual(
                bulk.message_follower_ids.mapped(
                    lambda f: (f.partner_id, f.subtype_ids)
                ),
                by_orm.message_follower_ids.mapped(
                    lambda f: (f.partner_id, f.subtype_ids)
                ),
            )
        ac_request = generated.filtered(lambda r: r.equipment_id == self.ac_a)[:1]
        self.assertEqual(ac_request.user_id, self.technician)
        self.assertEqual(ac_request.maintenance_team_id, self.team)
        self.assertEqual(ac_request.category_id, self.category_ac)
        self.assertEqual(ac_request.affairs_building, "Main building")
        self.assertEqual(ac_request.affairs_agency_id, self.agency_a)
        self.assertEqual(
            generated.filtered(lambda r: r.equipment_id == self.lift).user_id,
            self.technician,
        )
        self.assertEqual(plan_ac.next_date, today + relativedelta(months=3))
        # 3 generated + 1 by the ORM each; the kanban's stage column shows them
        self.assertEqual(self.ac_a.maintenance_count, 4)
        self.assertEqual(self.ac_a.maintenance_open_count, 4)
        columns = self.Request._read_group(
            [("id", "in", generated.ids)], ["stage_id"], ["__count"]
        )
        self.assertEqual(columns, [(stage, 6)])

    def test_followers_and_rights_as_create(self):
        """Generated by a dispatcher with an employee file, the request is
        followed by the dispatcher (the employee's user, hr_maintenance) and
        the technician, as with create(); the SQL insert does not bypass
        the access rights: a cadre (no access to plans) cannot generate."""
        self.env["hr.employee"].create(
            {"name": "Dispatcher", "user_id": self.dispatcher.id}
        )
        plan = self._plans(self.ac_a, technician_id=self.technician.id)
        requests = plan.with_user(self.dispatcher)._affairs_generate(until=date.today())
        self.assertEqual(len(requests), 1)
        self.assertEqual(
            requests.message_partner_ids,
            (self.dispatcher | self.technician).partner_id,
        )
        self.assertEqual(requests.employee_id.user_id, self.dispatcher)
        other = self._plans(self.lift)
        with self.assertRaises(AccessError):
            other.with_user(self.user_a)._affairs_generate(until=date.today())
