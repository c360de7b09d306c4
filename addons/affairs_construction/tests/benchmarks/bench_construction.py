# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: the construction dashboard for 500 projects, 5,000 contracts
and 50,000 payments, against a tenth of that. Prints query counts and
seconds for both sizes (the counts must be equal); it never commits.

Not run by the test suite. Run inside an Odoo shell on a database with
affairs_construction installed:

    .venv/bin/python /opt/odoo/odoo-bin shell --addons-path=$ADDONS_PATH \
        -d t_construction_dev --db_host=127.0.0.1 \
        < addons/affairs_construction/tests/benchmarks/bench_construction.py

BENCH_PROJECTS (500), BENCH_CONTRACTS (10 per project) and BENCH_PAYMENTS
(10 per contract) change the size.
"""

import os
import time

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

PROJECTS = int(os.environ.get("BENCH_PROJECTS", 500))
CONTRACTS = int(os.environ.get("BENCH_CONTRACTS", 10))
PAYMENTS = int(os.environ.get("BENCH_PAYMENTS", 10))


def _measure(env, label, func):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    env.flush_all()
    count = env.cr.sql_log_count - queries
    print("%-58s %6d queries %8.3f s" % (label, count, time.perf_counter() - started))
    return count, result


def _build(env, projects, tag):
    agency = env["hr.department"].create(
        {
            "name": f"Bench Agency {tag}",
            "is_affairs_agency": True,
            "affairs_level": "municipal",
        }
    )
    partner = env["res.partner"].create({"name": f"Bench Builder {tag}"})
    created = env["affairs.construction.project"].create(
        [
            {
                "name": f"Bench project {tag}-{index}",
                "code": f"BENCH/{tag}/{index}",
                "agency_id": agency.id,
                "site": "Bench site",
                "budget_amount": 5000000.0,
                "state": "construction",
            }
            for index in range(projects)
        ]
    )
    contracts = env["affairs.construction.contract"].create(
        [
            {
                "name": f"BENCH-{project.id}-{index}",
                "project_id": project.id,
                "partner_id": partner.id,
                "amount": 400000.0,
                "state": "active",
            }
            for project in created
            for index in range(CONTRACTS)
        ]
    )
    env["affairs.construction.progress"].create(
        [
            {
                "project_id": contract.project_id.id,
                "contract_id": contract.id,
                "percent_complete": 60.0,
                "state": "certified",
            }
            for contract in contracts
        ]
    )
    env["affairs.construction.payment"].create(
        [
            {
                "name": f"BENCH-PAY-{contract.id}-{index}",
                "contract_id": contract.id,
                "amount": 1000.0,
                "progress_percent": 60.0,
                "state": "approved",
            }
            for contract in contracts
            for index in range(PAYMENTS)
        ]
    )
    env.flush_all()
    return created


def main(env):
    env = env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
    Project = env["affairs.construction.project"]
    counts = []
    for size in (PROJECTS // 10, PROJECTS):
        started = time.perf_counter()
        projects = _build(env, size, f"S{size}")
        print(
            "built %d projects, %d contracts, %d payments in %.1f s"
            % (
                size,
                size * CONTRACTS,
                size * CONTRACTS * PAYMENTS,
                time.perf_counter() - started,
            )
        )
        count, figures = _measure(
            env,
            f"dashboard figures ({size} bench projects)",
            lambda: Project._get_dashboard_figures(),
        )
        counts.append(count)
        _measure(
            env,
            f"pivot read of the dashboard ({size} bench projects)",
            lambda: Project.formatted_read_group(
                [],
                ["agency_id", "state"],
                [
                    "budget_amount:sum",
                    "paid_amount:sum",
                    "progress_percent:avg",
                    "change_ratio:avg",
                    "saving_rate:avg",
                    "delay_days:max",
                ],
            ),
        )
        _measure(
            env,
            f"recompute roll-ups of {size} projects",
            lambda projects=projects: (
                projects.contract_ids._compute_paid_amount(),
                projects._compute_contract_figures(),
            ),
        )
        print("  under construction:", figures.get("construction"))
    print(
        "dashboard queries at both sizes:",
        counts,
        "equal" if len(set(counts)) == 1 else "DIFFERENT",
    )
    env.cr.rollback()


main(env)  # noqa: F821 - `env` is given by odoo-bin shell
