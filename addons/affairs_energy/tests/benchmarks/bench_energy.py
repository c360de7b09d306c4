# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: energy indicators of 300 agencies x 20 meters x 24 months.

Builds the readings (nothing is committed: everything is rolled back), then
computes the yearly indicators (total kgce, per capita, per m², water, last
year's comparison) for a tenth of the agencies and for all of them, and prints
the query counts and seconds of each. The counts must be equal: the
indicators take a fixed number of grouped queries whatever the number of
agencies, meters and months.

On a database with affairs_energy installed:

    python scripts/benchmark.py -d DB addons/affairs_energy/tests/benchmarks/bench_energy.py
"""

import time
from datetime import date

from dateutil.relativedelta import relativedelta

OPTIONS = {
    "agencies": (300, "agencies"),
    "meters": (20, "meters per agency"),
    "months": (24, "months of readings"),
}
KINDS = ["electricity", "water", "natural_gas", "heat"]


def _fixture(env, agency_count, meter_count, month_count):
    agencies = env["hr.department"].create(
        [
            {
                "name": f"Bench agency {index}",
                "is_affairs_agency": True,
                "affairs_level": "county",
                "affairs_headcount": 40 + index % 30,
            }
            for index in range(agency_count)
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
            for number in range(meter_count)
        ]
    )
    first = date.today().replace(day=1) - relativedelta(months=month_count)
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
                for step in range(month_count)
            ]
        )
        env.flush_all()
        env.invalidate_all()
    year = (first + relativedelta(months=month_count - 1)).year
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


def run(bench):
    env, options = bench.env, bench.options
    started = time.perf_counter()
    agencies, entries, year = _fixture(
        env, options.agencies, options.meters, options.months
    )
    bench.report(
        "fixture: %d agencies, %d meters, %d readings in %.1f s",
        len(agencies),
        len(agencies) * options.meters,
        len(agencies) * options.meters * options.months,
        time.perf_counter() - started,
    )
    tenth = entries[: max(1, len(entries) // 10)]
    bench.measure("warm-up", _indicators(tenth, year))
    _, small, _seconds = bench.measure(
        f"indicators of {len(tenth)} agencies", _indicators(tenth, year)
    )
    per_capita, large, _seconds = bench.measure(
        f"indicators of {len(entries)} agencies", _indicators(entries, year)
    )
    bench.report("compound kgce per person %.2f", per_capita)
    bench.check_equal("indicator queries at both sizes", [small, large])
