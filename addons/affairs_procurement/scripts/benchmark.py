# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark (odoo shell): evaluate 200 bids, statistics over 5,000 projects.

Prints query counts and seconds; everything is rolled back at the end.
Usage: odoo-bin shell -d DB --addons-path=... < scripts/benchmark.py
"""

import time
from datetime import timedelta

from odoo import fields

env = env  # noqa: F821 (given by odoo shell)
env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True))
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
partners = env["res.partner"].create([{"name": f"Bidder {i}"} for i in range(200)])
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
env.flush_all()
start, queries = time.time(), env.cr.sql_log_count
bids.write({"qualification": "pass"})
project.bid_ids.sudo()._check_evaluation_ready(project, None)
project.write({"stage": "evaluated", "date_evaluation": today})
env.flush_all()
print(
    f"evaluate 200 bids: {env.cr.sql_log_count - queries} queries, "
    f"{time.time() - start:.2f} s"
)

projects = Project.create(
    [dict(vals, title=f"P{i}", state="draft", stage="preparation") for i in range(5000)]
)
projects.write({"state": "approved", "stage": "awarded"})
env.flush_all()
report = env.ref("affairs_procurement.action_report_procurement_stats_xlsx")
start, queries = time.time(), env.cr.sql_log_count
content, _fmt = report._render_xlsx(report.report_name, projects.ids, {})
print(
    f"statistics over 5000 projects: {env.cr.sql_log_count - queries} queries, "
    f"{time.time() - start:.2f} s, {len(content)} bytes"
)
env.cr.rollback()
