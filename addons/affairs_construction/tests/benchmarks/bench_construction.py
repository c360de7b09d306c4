# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: the construction dashboard for 500 projects, 5,000 contracts
and 50,000 payments, against a tenth of that. Prints query counts and
seconds for both sizes (the counts must be equal); it never commits.

Not run by the test suite. On a database with affairs_construction installed:

    python scripts/benchmark.py -d DB addons/affairs_construction/tests/benchmarks/bench_construction.py
"""

import time

OPTIONS = {
    "projects": (500, "projects"),
    "contracts": (10, "contracts per project"),
    "payments": (10, "payments per contract"),
}


def _build(env, projects, tag, contract_count, payment_count):
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
            for index in range(contract_count)
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
            for index in range(payment_count)
        ]
    )
    env.flush_all()
    return created


def run(bench):
    env, options = bench.env, bench.options
    Project = env["affairs.construction.project"]
    counts = []
    for size in (options.projects // 10, options.projects):
        started = time.perf_counter()
        projects = _build(env, size, f"S{size}", options.contracts, options.payments)
        bench.report(
            "built %d projects, %d contracts, %d payments in %.1f s",
            size,
            size * options.contracts,
            size * options.contracts * options.payments,
            time.perf_counter() - started,
        )
        figures, count, _seconds = bench.measure(
            f"dashboard figures ({size} bench projects)",
            lambda: Project._get_dashboard_figures(),
        )
        counts.append(count)
        bench.measure(
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
        bench.measure(
            f"recompute roll-ups of {size} projects",
            lambda projects=projects: (
                projects.contract_ids._compute_paid_amount(),
                projects._compute_contract_figures(),
            ),
        )
        bench.report("  under construction: %s", figures.get("construction"))
    bench.check_equal("dashboard queries at both sizes", counts)
