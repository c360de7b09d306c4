# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: the initial load of the state-asset register (issue 19).

Creates ``--cards`` asset cards (100,000 by default) of depreciable classes,
each with its accounting asset (account_asset_management, opened), along two
paths, and prints their queries and seconds:

* ``create``: the batch create of the ORM (``affairs.asset.create`` with a
  list, in chunks of ``--chunk``), as a migration script would;
* ``import``: the Excel template filled with the cards and imported through
  Odoo's import (``base_import``: preview, then import), as a user would.

Depreciation boards are not computed while loading: the cron "compute the
depreciation boards of loaded assets" does it afterwards in batches; the
benchmark times it on ``--boards`` cards and prints the rate.

    python scripts/benchmark.py -d DB addons/affairs_property/tests/benchmarks/bench_asset_load.py --cards 10000
"""

import io
import time

import xlsxwriter

OPTIONS = {
    "cards": (100_000, "asset cards to load"),
    "path": ("both", "create, import or both"),
    "chunk": (10_000, "cards per create call of the create path"),
    "boards": (1_000, "depreciation boards computed by the deferred step"),
}


def _fixture(env):
    company = env.company
    if not env["account.journal"].search_count(
        [("company_id", "=", company.id)], limit=1
    ):
        env["account.chart.template"].try_loading(
            "generic_coa", company, install_demo=False
        )
    categories = env["affairs.asset.category"].search([("depreciation_years", ">", 0)])
    categories.action_create_asset_profiles()
    categories = categories.filtered("asset_profile_id")[:20]
    agencies = env["hr.department"].create(
        [
            {
                "name": f"Bench agency {index}",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
            for index in range(20)
        ]
    )
    custodians = env["hr.employee"].create(
        [
            {
                "name": f"Bench custodian {index}",
                "department_id": agencies[index % 20].id,
            }
            for index in range(200)
        ]
    )
    building = env["affairs.building"].create(
        {"name": "Bench building", "code": "BENCHB"}
    )
    rooms = env["affairs.room"].create(
        [
            {
                "building_id": building.id,
                "name": f"B{index}",
                "usable_area": 20,
                "agency_id": agencies[index % 20].id,
            }
            for index in range(200)
        ]
    )
    env.flush_all()
    return categories, custodians, rooms


def _rows(count, tag, categories, custodians, rooms):
    """Card values as the register lists them (custodian, room of its agency)."""
    for index in range(count):
        custodian = custodians[index % len(custodians)]
        yield {
            "card_number": f"BENCH-{tag}-{index:06d}",
            "name": f"Bench asset {index}",
            "category": categories[index % len(categories)],
            "quantity": 1,
            "acquisition_date": f"20{15 + index % 10}-{1 + index % 12:02d}-15",
            "acquisition_value": 3000.0 + index % 5000,
            "agency": custodian.department_id,
            "custodian": custodian,
            "room": rooms[index % len(rooms)],
        }


def _create_path(bench, fixture, count):
    Asset = bench.env["affairs.asset"]
    vals_list = [
        {
            "card_number": row["card_number"],
            "name": row["name"],
            "category_id": row["category"].id,
            "quantity": 1,
            "acquisition_date": row["acquisition_date"],
            "acquisition_value": row["acquisition_value"],
            "agency_id": row["agency"].id,
            "custodian_id": row["custodian"].id,
            "room_id": row["room"].id,
        }
        for row in _rows(count, "C", *fixture)
    ]
    chunk = bench.options.chunk

    def load():
        for start in range(0, len(vals_list), chunk):
            Asset.create(vals_list[start : start + chunk])
            bench.env.flush_all()
            bench.env.invalidate_all()

    bench.measure(f"create path: {count} cards with accounting assets", load)


def _import_file(env, count, fixture):
    _name, template = env["affairs.asset"]._affairs_import_template_file("asset")
    import openpyxl  # noqa: PLC0415 (only to read the template's headers)

    headers = [
        cell.value
        for cell in next(openpyxl.load_workbook(io.BytesIO(template)).active.rows)
    ]
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"in_memory": True, "constant_memory": True})
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, headers)
    for line, row in enumerate(_rows(count, "I", *fixture), 1):
        sheet.write_row(
            line,
            0,
            [
                row["card_number"],
                row["name"],
                row["category"].code,
                "",
                1,
                row["acquisition_date"],
                row["acquisition_value"],
                "purchase",
                "fiscal",
                row["agency"].display_name,
                row["custodian"].name,
                row["room"].name,
            ],
        )
    workbook.close()
    return output.getvalue()


def _import_path(bench, fixture, count):
    env = bench.env
    started = time.perf_counter()
    content = _import_file(env, count, fixture)
    bench.report(
        "import file of %d rows written in %.1f s (%.1f MB)",
        count,
        time.perf_counter() - started,
        len(content) / 1e6,
    )
    # The user's context: no benchmark shortcut, the import sets its own.
    user_env = env(context={"lang": env.context.get("lang")})

    def run_import():
        importer = user_env["base_import.import"].create(
            {
                "res_model": "affairs.asset",
                "file": content,
                "file_name": "assets.xlsx",
                "file_type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            }
        )
        preview = importer.parse_preview({"has_headers": True})
        fields = [
            "/".join(preview["matches"][index])
            for index in range(len(preview["headers"]))
        ]
        return importer.execute_import(
            fields,
            preview["headers"],
            {
                "has_headers": True,
                "quoting": '"',
                "separator": "",
                "date_format": "%Y-%m-%d",
                "float_thousand_separator": ",",
                "float_decimal_separator": ".",
            },
        )

    result, _queries, _seconds = bench.measure(
        f"import path: {count} rows (preview and import)", run_import
    )
    errors = [message for message in result["messages"] if message["type"] == "error"]
    assert not errors, errors[:3]
    assert len(result["ids"]) == count, len(result["ids"])


def _boards(bench):
    Asset = bench.env["affairs.asset"]
    pending = Asset._affairs_board_pending_domain()
    if not bench.options.boards:
        return
    todo = Asset.search(pending, limit=bench.options.boards)
    _result, _queries, seconds = bench.measure(
        f"deferred step: depreciation boards of {len(todo)} cards",
        lambda: todo._affairs_compute_depreciation_boards(),
    )
    left = Asset.search_count(pending)
    if todo:
        bench.report(
            "  %.1f ms per board; %d cards left for the cron (about %.0f min)",
            1000 * seconds / len(todo),
            left,
            left * seconds / len(todo) / 60,
        )


def run(bench):
    started = time.perf_counter()
    fixture = _fixture(bench.env)
    bench.report(
        "fixture (chart, profiles, 20 agencies, 200 custodians and rooms) in %.1f s",
        time.perf_counter() - started,
    )
    Asset = bench.env["affairs.asset"]
    before = Asset.search_count([])
    if bench.options.path in ("create", "both"):
        _create_path(bench, fixture, bench.options.cards)
    if bench.options.path in ("import", "both"):
        _import_path(bench, fixture, bench.options.cards)
    loaded = bench.env["affairs.asset"].search([("card_number", "=like", "BENCH-%")])
    booked = loaded.filtered("account_asset_id")
    bench.report(
        "cards loaded %d, with an open accounting asset %d",
        len(loaded),
        len(booked.account_asset_id.filtered(lambda a: a.state == "open")),
    )
    assert Asset.search_count([]) - before == len(loaded)
    _boards(bench)
