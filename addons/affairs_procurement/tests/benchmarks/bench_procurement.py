# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: evaluate 200 bids, statistics over 5,000 projects.

Prints query counts and seconds; everything is rolled back. On a database
with affairs_procurement installed:

    python scripts/benchmark.py -d DB addons/affairs_procurement/tests/benchmarks/bench_procurement.py
"""

from datetime import timedelta

from odoo import fields

OPTIONS = {
    "bids": (200, "bids to evaluate"),
    "projects": (5000, "awarded projects in the statistics"),
}


def run(bench):
    env, options = bench.env, bench.options
    today = fields.Date.context_today(env["affairs.procurement.project"])
    agency = env["hr.department"].create(
        {
            "name": "Benchmark Agency",
            "is_affairs_agency": True,
            "affairs_level": "municipal",
        }
    )
    Project = env["affairs.procurement.project"]
    vals = {
        "title": "Benchmark",
        "agency_id": agency.id,
        "kind": "goods",
        "budget_amount": 500000.0,
        "method": "inquiry",
        "method_reason": "benchmark",
        "date_issue": today - timedelta(days=30),
        "date_bid_deadline": today - timedelta(days=5),
        "state": "approved",
        "stage": "bidding",
    }
    project = Project.create(vals)
    partners = env["res.partner"].create(
        [{"name": f"Bidder {i}"} for i in range(options.bids)]
    )
    bids = env["affairs.procurement.bid"].create(
        [
            {
                "project_id": project.id,
                "partner_id": p.id,
                "price": 1000.0 + i,
                "is_small_micro": i % 3 == 0,
            }
            for i, p in enumerate(partners)
        ]
    )

    def evaluate():
        bids.write({"qualification": "pass"})
        project.bid_ids.sudo()._check_evaluation_ready(project, None)
        project.write({"stage": "evaluated", "date_evaluation": today})

    bench.measure(f"evaluate {len(bids)} bids", evaluate)

    projects = Project.create(
        [
            dict(vals, title=f"P{i}", state="draft", stage="preparation")
            for i in range(options.projects)
        ]
    )
    projects.write({"state": "approved", "stage": "awarded"})
    report = env.ref("affairs_procurement.action_report_procurement_stats_xlsx")
    (content, _fmt), _queries, _seconds = bench.measure(
        f"statistics over {len(projects)} projects",
        lambda: report._render_xlsx(report.report_name, projects.ids, {}),
    )
    bench.report("statistics file: %d bytes", len(content))
