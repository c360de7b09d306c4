# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark of office-space compliance and the asset ledger at full size.

Prints, for each operation, the number of SQL queries and the wall time;
everything is rolled back. On a database with affairs_property installed:

    python scripts/benchmark.py -d DB addons/affairs_property/tests/benchmarks/bench_property.py
"""

import time

from odoo import Command

OPTIONS = {
    "rooms": (5000, "offices"),
    "employees": (10000, "cadres"),
    "assets": (50000, "asset cards"),
}


def build(env, room_count, employee_count, asset_count):
    Department = env["hr.department"]
    agencies = Department.create(
        [
            {
                "name": f"Bench agency {i}",
                "is_affairs_agency": True,
                "affairs_level": level,
            }
            for i, level in enumerate(
                ["municipal", "county", "provincial", "central"] * 5
            )
        ]
    )
    ranks = [
        env.ref(f"affairs_base.rank_{code}")
        for code in (
            "bureau",
            "division",
            "division_deputy",
            "section",
            "staff",
            "clerk",
        )
    ]
    employees = env["hr.employee"].create(
        [
            {
                "name": f"Bench {i}",
                "department_id": agencies[i % len(agencies)].id,
                "affairs_rank_id": ranks[i % len(ranks)].id,
            }
            for i in range(employee_count)
        ]
    )
    building = env["affairs.building"].create({"name": "Bench", "code": "BENCH"})
    per_room = max(employee_count // room_count, 1)
    rooms = env["affairs.room"].create(
        [
            {
                "building_id": building.id,
                "name": str(i),
                "usable_area": 18 + i % 20,
                "agency_id": agencies[(i * per_room) % len(agencies)].id,
                "occupant_ids": [
                    Command.set(
                        [
                            e.id
                            for e in employees[i * per_room : (i + 1) * per_room]
                            if e.department_id
                            == agencies[(i * per_room) % len(agencies)]
                        ]
                    )
                ],
            }
            for i in range(room_count)
        ]
    )
    category = env.ref("affairs_property.asset_category_a02_1")
    assets = (
        env["affairs.asset"]
        .with_context(affairs_skip_account_asset=True, tracking_disable=True)
        .create(
            [
                {
                    "name": f"Bench asset {i}",
                    "category_id": category.id,
                    "agency_id": agencies[i % len(agencies)].id,
                    "room_id": rooms[i % len(rooms)].id,
                    "acquisition_date": "2024-01-01",
                    "acquisition_value": 1000 + i % 5000,
                }
                for i in range(asset_count)
            ]
        )
    )
    return agencies, rooms, assets


def run(bench):
    env, options = bench.env, bench.options
    bench.report(
        "Building %d rooms, %d employees, %d assets ...",
        options.rooms,
        options.employees,
        options.assets,
    )
    start = time.perf_counter()
    agencies, rooms, assets = build(
        env, options.rooms, options.employees, options.assets
    )
    env.flush_all()
    bench.report("data created in %.1f s", time.perf_counter() - start)
    bench.measure(
        f"compliance of {len(rooms)} rooms", rooms._affairs_recompute_compliance
    )
    bench.measure(
        f"agency figures of {len(agencies)} agencies",
        lambda: agencies.mapped("affairs_office_over_area"),
    )
    bench.measure(
        "over-standard agencies search",
        lambda: env["hr.department"].search(
            [("affairs_office_over_standard", "=", True)]
        ),
    )
    content, _queries, _seconds = bench.measure(
        f"asset ledger of {len(assets)} assets to Excel",
        lambda: env["ir.actions.report"]._render_xlsx(
            "affairs_property.asset_ledger_xlsx", assets.ids, {}
        )[0],
    )
    bench.report("ledger size: %.1f MB", len(content) / 1e6)
