# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark (not a timed test): commitment of 2,000 approved documents
against 200 budget lines, and the 三公经费 statement of 200 agencies over
3 years. Each is measured at two sizes and must cost the same number of
queries; prints queries and seconds, and rolls everything back.

On a database with affairs_budget installed:

    python scripts/benchmark.py -d DB addons/affairs_budget/tests/benchmarks/bench_budget.py
"""

from datetime import date

from odoo import Command

OPTIONS = {
    "documents": (2000, "approved documents to commit"),
    "agencies": (200, "agencies (one budget line each and year)"),
}
YEAR = date.today().year


def _fixture(env, agency_count):
    agencies = env["hr.department"].create(
        [
            {
                "name": f"Bench Agency {index}",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
            for index in range(agency_count)
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


def _post_bills(env, agencies):
    """One posted vendor bill of 1,000 per agency, classified 30212."""
    partner = env["res.partner"].create({"name": "Bench Travel Agency"})
    outbound = env.ref("affairs_budget.classification_30212")
    bills = env["account.move"].create(
        [
            {
                "move_type": "in_invoice",
                "partner_id": partner.id,
                "invoice_date": date(YEAR, 3, 10),
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "Air tickets",
                            "quantity": 1,
                            "price_unit": 1000,
                            "tax_ids": [Command.clear()],
                            "analytic_distribution": (
                                agency._affairs_analytic_distribution()
                            ),
                            "affairs_budget_classification_id": outbound.id,
                        }
                    )
                ],
            }
            for agency in agencies
        ]
    )
    bills.action_post()
    return bills


def run(bench):
    env, documents = bench.env, bench.options.documents
    agencies, budgets = _fixture(env, bench.options.agencies)
    # The ORM reads records by prefetch batches of 1,000: the two compared
    # sizes stay within one batch; beyond it, each further 1,000 documents
    # adds one read of the documents and one of their bills, nothing per
    # document (the 2,000 run shows it).
    warm, small, medium, large = (
        _trips(env, agencies, 10),
        _trips(env, agencies, documents // 10),
        _trips(env, agencies, documents // 2),
        _trips(env, agencies, documents),
    )
    bench.measure("warm-up commit", warm._affairs_budget_commit)
    _r, q_small, _seconds = bench.measure(
        f"commit {len(small)} documents / {len(agencies)} lines",
        small._affairs_budget_commit,
    )
    _r, q_medium, _seconds = bench.measure(
        f"commit {len(medium)} documents / {len(agencies)} lines",
        medium._affairs_budget_commit,
    )
    bench.measure(
        f"commit {len(large)} documents / {len(agencies)} lines",
        large._affairs_budget_commit,
    )
    bench.check_equal("commit queries at two sizes", [q_small, q_medium])
    committed = sum(budgets.line_ids.mapped("committed_amount"))
    bench.report("committed in total: %s", committed)
    assert committed == 1000 * (10 + len(small) + len(medium) + len(large))

    # The statement then reads real figures: the trips approved (they are
    # the approved documents the commitments stand for) and one posted bill
    # of 1,000 per agency on its 30212 line.
    (warm | small | medium | large)._affairs_transition_write({"state": "approved"})
    _post_bills(env, agencies)

    Statement = env["affairs.sangong.statement"]
    results = {}
    for size in (bench.options.agencies // 10, bench.options.agencies):
        for year in (YEAR - 2, YEAR - 1, YEAR):
            statement = Statement.create(
                {"year": year, "agency_ids": [Command.set(agencies[:size].ids)]}
            )
            bench.measure("warm-up statement", statement._affairs_statement_data)
            data, count, _seconds = bench.measure(
                f"statement {size} agencies, year {year}",
                statement._affairs_statement_data,
            )
            results.setdefault(size, set()).add(count)
            outbound = data["total"]["items"]["outbound"]
            bench.report(
                "   budget %s, final %s, groups %s",
                outbound["budget"],
                outbound["final"],
                data["total"]["counts"].get("outbound_groups", 0),
            )
    small_counts, large_counts = results.values()
    bench.check_equal(
        "statement queries at both sizes",
        [tuple(sorted(small_counts)), tuple(sorted(large_counts))],
    )
    bench.report("OK: query counts do not grow with documents or agencies")
