# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: a year of preventive requests for 5,000 equipment items, and
the monthly scores of 200 contracts.

Builds the equipment, plans (monthly, by time) and contracts (nothing is
committed: everything is rolled back), then

* generates a year of preventive requests for a tenth of the plans and for
  all of them (12 requests per plan, each with its checklist),
* scores a month for a tenth of the contracts and for all of them (survey
  results in one grouped query, scores, deductions, payable amounts),

and prints the query counts and seconds of each. Generation grows only by
Odoo's insert batches (100 rows per INSERT, ``models.INSERT_BATCH_SIZE``),
never by one query per plan or request: the figure printed per 100 requests
stays flat. Scoring takes the same number of queries whatever the count,
but for the batches of 100 rows in which Odoo writes the stored scores.

Run inside an Odoo shell on a database with affairs_facility installed:

    .venv/bin/python /opt/odoo/odoo-bin shell --addons-path=$ADDONS_PATH \
        -d facility_db --db_host=127.0.0.1 \
        < addons/affairs_facility/tests/benchmarks/bench_facility.py

BENCH_EQUIPMENT and BENCH_CONTRACTS change the sizes.
"""

import os
import time
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

EQUIPMENT = int(os.environ.get("BENCH_EQUIPMENT", 5000))
CONTRACTS = int(os.environ.get("BENCH_CONTRACTS", 200))


def _measure(env, label, func):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    env.flush_all()
    count = env.cr.sql_log_count - queries
    print("%-58s %7d queries %8.2f s" % (label, count, time.perf_counter() - started))
    return result, count


def _fixture(env):
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
            for n in range(EQUIPMENT)
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
            for n in range(CONTRACTS)
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


def main(env):
    env = env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
    started = time.perf_counter()
    plans, contracts = _fixture(env)
    print(
        "fixture: %d equipment items and plans, %d contracts in %.1f s"
        % (len(plans), len(contracts), time.perf_counter() - started)
    )
    tenth = plans[: max(1, len(plans) // 10)]
    rest = plans - tenth
    requests, small = _measure(
        env, f"a year of requests for {len(tenth)} plans", _generate(tenth)
    )
    small_count = len(requests)
    requests, large = _measure(
        env, f"a year of requests for {len(rest)} plans", _generate(rest)
    )
    print(
        "requests: %d and %d; queries per 100 requests: %.1f and %.1f"
        % (
            small_count,
            len(requests),
            100 * small / small_count,
            100 * large / len(requests),
        )
    )
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
    _measure(env, "warm-up", _score(few))
    _, small = _measure(env, f"scoring {len(few)} contracts for a month", _score(few))
    total, large = _measure(
        env, f"scoring {len(inspections)} contracts for a month", _score(inspections)
    )
    print("payable %.2f; scoring queries equal: %s" % (total, small == large))
    env.cr.rollback()


main(env)  # noqa: F821 - `env` is provided by the Odoo shell
