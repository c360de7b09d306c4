# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark (not a timed test): commitment of 2,000 approved documents
against 200 budget lines, and the 三公经费 statement of 200 agencies over
3 years. Each is measured at two sizes and must cost the same number of
queries; prints queries and seconds, and rolls everything back.

Run inside an Odoo shell on a database with affairs_budget installed:

    .venv/bin/python /opt/odoo/odoo-bin shell --addons-path=$ADDONS_PATH \
        -d t_budget_dev --db_host=127.0.0.1 \
        < addons/affairs_budget/tests/benchmarks/bench_budget.py
"""

import os
import time
from datetime import date

from odoo import Command

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", 2000))
AGENCIES = int(os.environ.get("BENCH_AGENCIES", 200))
YEAR = date.today().year


def _measure(env, label, func):
    return _measure_plain(env, label, func)


def _measure_plain(env, label, func):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    env.flush_all()
    count = env.cr.sql_log_count - queries
    print("%-55s %6d queries %8.2f s" % (label, count, time.perf_counter() - started))
    return count, result


def _fixture(env):
    agencies = env["hr.department"].create(
        [
            {
                "name": f"Bench Agency {index}",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
            for index in range(AGENCIES)
        ]
    )
    fund = env.ref("affairs_budget.fund_public")
    outbound = env.ref("affairs_budget.classification_30212")
    budgets = env["affairs.budget"].create(
        [
            {
                "agency_id": agency.id,
                "year": year,
                "state": "approved",
                "line_ids": [
                    Command.create(
                        {
                            "fund_id": fund.id,
                            "classification_id": outbound.id,
                            "initial_amount": 10_000_000,
                        }
                    )
                ],
            }
            for agency in agencies
            for year in (YEAR - 2, YEAR - 1, YEAR)
        ]
    )
    return agencies, budgets


def _trips(env, agencies, count):
    return env["affairs.outbound.trip"].create(
        [
            {
                "title": f"Bench trip {index}",
                "agency_id": agencies[index % len(agencies)].id,
                "destination": "Japan",
                "date_start": date(YEAR, 3, 1),
                "date_end": date(YEAR, 3, 4),
                "cost_line_ids": [Command.create({"name": "Air", "amount": 1000})],
            }
            for index in range(count)
        ]
    )


def run(env):
    env = env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
    agencies, budgets = _fixture(env)
    # The ORM reads records by prefetch batches of 1,000: the two compared
    # sizes stay within one batch; beyond it, each further 1,000 documents
    # adds one read of the documents and one of their bills, nothing per
    # document (the 2,000 run shows it).
    warm, small, medium, large = (
        _trips(env, agencies, 10),
        _trips(env, agencies, DOCUMENTS // 10),
        _trips(env, agencies, DOCUMENTS // 2),
        _trips(env, agencies, DOCUMENTS),
    )
    _measure(env, "warm-up commit", warm._affairs_budget_commit)
    q_small, _r = _measure(
        env,
        f"commit {len(small)} documents / {len(agencies)} lines",
        small._affairs_budget_commit,
    )
    q_medium, _r = _measure(
        env,
        f"commit {len(medium)} documents / {len(agencies)} lines",
        medium._affairs_budget_commit,
    )
    _measure(
        env,
        f"commit {len(large)} documents / {len(agencies)} lines",
        large._affairs_budget_commit,
    )
    assert q_small == q_medium, (q_small, q_medium)
    committed = sum(budgets.line_ids.mapped("committed_amount"))
    print("committed in total:", committed)
    assert committed == 1000 * (10 + len(small) + len(medium) + len(large))

    Statement = env["affairs.sangong.statement"]
    results = {}
    for size in (AGENCIES // 10, AGENCIES):
        for year in (YEAR - 2, YEAR - 1, YEAR):
            statement = Statement.create(
                {"year": year, "agency_ids": [Command.set(agencies[:size].ids)]}
            )
            _measure(env, "warm-up statement", statement._affairs_statement_data)
            count, data = _measure(
                env,
                f"statement {size} agencies, year {year}",
                statement._affairs_statement_data,
            )
            results.setdefault(size, set()).add(count)
            print(
                "   budget",
                data["total"]["items"]["outbound"]["budget"],
                "groups",
                data["total"]["counts"].get("outbound_groups", 0),
            )
    small_counts, large_counts = results.values()
    assert small_counts == large_counts, results
    print("OK: query counts do not grow with documents or agencies")


try:
    run(env)  # noqa: F821 (the Odoo shell provides env)
finally:
    env.cr.rollback()  # noqa: F821
