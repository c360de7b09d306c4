# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: a year of preventive requests for 5,000 equipment items, and
the monthly scores of 200 contracts.

Builds the equipment, plans (monthly, by time) and contracts, then

* generates a year of preventive requests for a tenth of the plans and for
  the rest (12 requests per plan, each with its 3 checklist lines),
* scores a month for a tenth of the contracts and for all of them (survey
  results in one grouped query, scores, deductions, payable amounts),

and prints the queries and seconds of each, and whether the counts at both
sizes are equal (they are: generation inserts the requests, their checklist
lines and followers in one statement each, see
``maintenance.request._affairs_create_planned``; scoring reads the items of
all inspections in one query; from 1,000 contracts on, the ORM recomputes
the scores by batches of 1,000 records, a few queries each). Everything is
rolled back. On a database
with affairs_facility installed:

    python scripts/benchmark.py -d DB addons/affairs_facility/tests/benchmarks/bench_facility.py --equipment 5000 --contracts 200
"""

from datetime import date

from dateutil.relativedelta import relativedelta

OPTIONS = {
    "equipment": (5000, "equipment items, each with a monthly plan"),
    "contracts": (200, "service contracts scored for a month"),
}


def _fixture(env, equipment_count, contract_count):
    """Equipment with a monthly plan each, and contracts (one survey)."""
    team = env["maintenance.team"].create({"name": "Bench team"})
    kind = env["affairs.maintenance.kind"].create(
        {
            "name": "Bench monthly check",
            "checklist_item_ids": [(0, 0, {"name": f"Check {n}"}) for n in range(3)],
        }
    )
    equipment = env["maintenance.equipment"].create(
        [
            {"name": f"Bench unit {n}", "maintenance_team_id": team.id}
            for n in range(equipment_count)
        ]
    )
    start = date.today()
    plans = env["affairs.maintenance.plan"].create(
        [
            {
                "name": f"Bench plan {item.id}",
                "equipment_id": item.id,
                "kind_id": kind.id,
                "start_date": start,
                "interval": 1,
                "interval_unit": "month",
            }
            for item in equipment
        ]
    )
    scheme = env.ref("affairs_facility.scheme_cleaning")
    agency = env["hr.department"].create(
        {"name": "Bench agency", "is_affairs_agency": True, "affairs_level": "county"}
    )
    partner = env["res.partner"].create({"name": "Bench contractor"})
    survey = env["survey.survey"].create(
        {"title": "Bench survey", "access_mode": "public"}
    )
    contracts = env["affairs.service.contract"].create(
        [
            {
                "name": f"BENCH-{n}",
                "title": f"Bench cleaning {n}",
                "partner_id": partner.id,
                "service_type": "cleaning",
                "date_start": start - relativedelta(months=1),
                "date_end": start + relativedelta(years=1),
                "monthly_fee": 10000 + n,
                "scheme_id": scheme.id,
                "survey_id": survey.id,
                "agency_id": agency.id,
            }
            for n in range(contract_count)
        ]
    )
    env.flush_all()
    return plans, contracts


def _generate(plans):
    until = date.today() + relativedelta(years=1, days=-1)
    return lambda: plans._affairs_generate(until=until)


def _score(inspections):
    def run():
        inspections.action_affairs_update_survey()
        return sum(inspections.mapped("payable_amount"))

    return run


def run(bench):
    env = bench.env
    plans, contracts = bench.measure(
        "fixture",
        lambda: _fixture(env, bench.options.equipment, bench.options.contracts),
    )[0]
    # a first small run fills the registry caches (access rules, subtypes)
    bench.measure("warm-up: a year for 2 plans", _generate(plans[:2]))
    plans = plans[2:]
    tenth = plans[: max(1, len(plans) // 10)]
    few, small, _seconds = bench.measure(
        f"a year of requests for {len(tenth)} plans", _generate(tenth)
    )
    many, large, _seconds = bench.measure(
        f"a year of requests for {len(plans - tenth)} plans", _generate(plans - tenth)
    )
    bench.report(
        "requests: %d and %d, checklist lines: %d and %d",
        len(few),
        len(many),
        len(few.affairs_check_line_ids),
        len(many.affairs_check_line_ids),
    )
    bench.check_equal("generation queries", [small, large])
    Inspection = env["affairs.service.inspection"]
    period = date.today().replace(day=1)
    inspections = Inspection.create(
        [{"contract_id": contract.id, "period": period} for contract in contracts]
    )
    # defects found: 0 to 3 on each contract's first item
    for inspection in inspections:
        inspection.line_ids[:1].defect_count = inspection.id % 4
    env.flush_all()
    few = inspections[: max(1, len(inspections) // 10)]
    bench.measure("warm-up", _score(few))
    _, small, _seconds = bench.measure(
        f"scoring {len(few)} contracts for a month", _score(few)
    )
    total, large, _seconds = bench.measure(
        f"scoring {len(inspections)} contracts for a month", _score(inspections)
    )
    bench.report("payable %.2f", total)
    bench.check_equal("scoring queries", [small, large])
