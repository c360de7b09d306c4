"""Benchmark of office-space compliance and the asset ledger at full size.

Run inside an Odoo shell on a database with affairs_property installed; everything is
rolled back at the end:

    odoo-bin shell -d DB --addons-path=... < addons/affairs_property/scripts/bench_property.py

Sizes can be changed with the environment variables BENCH_ROOMS (5000),
BENCH_EMPLOYEES (10000) and BENCH_ASSETS (50000). The script prints, for each
operation, the number of SQL queries and the wall time.
"""

import os
import time

from odoo import Command

ROOMS = int(os.environ.get("BENCH_ROOMS", 5000))
EMPLOYEES = int(os.environ.get("BENCH_EMPLOYEES", 10000))
ASSETS = int(os.environ.get("BENCH_ASSETS", 50000))


def measure(label, func):
    env.flush_all()  # noqa: F821 (odoo shell global)
    env.invalidate_all()  # noqa: F821
    before, start = env.cr.sql_log_count, time.perf_counter()  # noqa: F821
    result = func()
    env.flush_all()  # noqa: F821
    queries = env.cr.sql_log_count - before  # noqa: F821
    print(f"{label}: {queries} queries, {time.perf_counter() - start:.2f} s")
    return result


def build():
    Department = env["hr.department"]  # noqa: F821
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
        env.ref(f"affairs_base.rank_{code}")  # noqa: F821
        for code in (
            "bureau",
            "division",
            "division_deputy",
            "section",
            "staff",
            "clerk",
        )
    ]
    employees = env["hr.employee"].create(  # noqa: F821
        [
            {
                "name": f"Bench {i}",
                "department_id": agencies[i % len(agencies)].id,
                "affairs_rank_id": ranks[i % len(ranks)].id,
            }
            for i in range(EMPLOYEES)
        ]
    )
    building = env["affairs.building"].create(
        {"name": "Bench", "code": "BENCH"}
    )  # noqa: F821
    per_room = max(EMPLOYEES // ROOMS, 1)
    rooms = env["affairs.room"].create(  # noqa: F821
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
            for i in range(ROOMS)
        ]
    )
    category = env.ref("affairs_property.asset_category_a02_1")  # noqa: F821
    assets = (
        env["affairs.asset"]  # noqa: F821
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
                for i in range(ASSETS)
            ]
        )
    )
    return agencies, rooms, assets


print(f"Building {ROOMS} rooms, {EMPLOYEES} employees, {ASSETS} assets ...")
start = time.perf_counter()
agencies, rooms, assets = build()
env.flush_all()  # noqa: F821
print(f"data created in {time.perf_counter() - start:.1f} s")
measure(f"compliance of {len(rooms)} rooms", rooms._affairs_recompute_compliance)
measure(
    f"agency figures of {len(agencies)} agencies",
    lambda: agencies.mapped("affairs_office_over_area"),
)
measure(
    "over-standard agencies search",
    lambda: env["hr.department"].search(
        [("affairs_office_over_standard", "=", True)]
    ),  # noqa: F821
)
content = measure(
    f"asset ledger of {len(assets)} assets to Excel",
    lambda: env["ir.actions.report"]._render_xlsx(  # noqa: F821
        "affairs_property.asset_ledger_xlsx", assets.ids, {}
    )[0],
)
print(f"ledger size: {len(content) / 1e6:.1f} MB")
env.cr.rollback()  # noqa: F821
