# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: energy indicators of 300 agencies x 20 meters x 24 months.

Builds the readings (nothing is committed: everything is rolled back), then
computes the yearly indicators (total kgce, per capita, per m², water, last
year's comparison) for a tenth of the agencies and for all of them, and prints
the query counts and seconds of each. The counts must be equal: the
indicators take a fixed number of grouped queries whatever the number of
agencies, meters and months.

Run inside an Odoo shell on a database with affairs_energy installed:

    .venv/bin/python /opt/odoo/odoo-bin shell --addons-path=$ADDONS_PATH \
        -d energy_db --db_host=127.0.0.1 \
        < addons/affairs_energy/tests/benchmarks/bench_energy.py

BENCH_AGENCIES, BENCH_METERS and BENCH_MONTHS change the sizes.
"""

import os
import time
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

AGENCIES = int(os.environ.get("BENCH_AGENCIES", 300))
METERS = int(os.environ.get("BENCH_METERS", 20))
MONTHS = int(os.environ.get("BENCH_MONTHS", 24))
KINDS = ["electricity", "water", "natural_gas", "heat"]


def _measure(env, label, func):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    env.flush_all()
    count = env.cr.sql_log_count - queries
    print("%-55s %6d queries %8.2f s" % (label, count, time.perf_counter() - started))
    return result, count


def _fixture(env):
    agencies = env["hr.department"].create(
        [
            {
                "name": f"Bench agency {index}",
                "is_affairs_agency": True,
                "affairs_level": "county",
                "affairs_headcount": 40 + index % 30,
            }
            for index in range(AGENCIES)
        ]
    )
    meters = env["affairs.energy.meter"].create(
        [
            {
                "name": f"B{agency.id}-{number}",
                "kind": KINDS[number % len(KINDS)],
                "agency_id": agency.id,
            }
            for agency in agencies
            for number in range(METERS)
        ]
    )
    first = date.today().replace(day=1) - relativedelta(months=MONTHS)
    Reading = env["affairs.energy.reading"]
    for start in range(0, len(meters), 200):
        chunk = meters[start : start + 200]
        Reading.create(
            [
                {
                    "meter_id": meter.id,
                    "date": first + relativedelta(months=step, days=19),
                    "value": 1000.0 * step + meter.id % 97,
                }
                for meter in chunk
                for step in range(MONTHS)
            ]
        )
        env.flush_all()
        env.invalidate_all()
    year = (first + relativedelta(months=MONTHS - 1)).year
    entries = env["affairs.energy.agency.year"].create(
        [
            {
                "agency_id": agency.id,
                "year": year,
                "headcount": 50,
                "building_area": 3000,
            }
            for agency in agencies
        ]
    )
    return agencies, entries, year


def _indicators(entries, year):
    def run():
        entries.mapped("kgce_per_capita")
        entries.mapped("kgce_per_m2")
        entries.mapped("water_per_capita")
        entries.mapped("change_per_capita")
        entries.agency_id.affairs_energy_kgce(year)
        return entries.agency_id.affairs_energy_per_capita(year)

    return run


def main(env):
    env = env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
    started = time.perf_counter()
    agencies, entries, year = _fixture(env)
    print(
        "fixture: %d agencies, %d meters, %d readings in %.1f s"
        % (
            len(agencies),
            len(agencies) * METERS,
            len(agencies) * METERS * MONTHS,
            time.perf_counter() - started,
        )
    )
    tenth = entries[: max(1, len(entries) // 10)]
    _measure(env, "warm-up", _indicators(tenth, year))
    _, small = _measure(
        env, f"indicators of {len(tenth)} agencies", _indicators(tenth, year)
    )
    per_capita, large = _measure(
        env, f"indicators of {len(entries)} agencies", _indicators(entries, year)
    )
    print(
        "compound kgce per person %.2f; queries equal: %s"
        % (per_capita, small == large)
    )
    env.cr.rollback()


main(env)  # noqa: F821 - `env` is provided by the Odoo shell
