#!/usr/bin/env python3
"""Where Odoo's requests go with a streaming replica (``scripts/replica_check.sh``).

Against a server started with ``--db_replica_host/--db_replica_port``:

1. the replica is a hot standby (``pg_is_in_recovery()``), the primary is not;
2. read-only routes (searches and reads over ``call_kw``, the PDF dispatch slip,
   the Excel vehicle ledger) run transactions on the replica: its
   ``pg_stat_database`` counters grow and its ``pg_stat_activity`` lists the
   Odoo workers' connections (``application_name`` ``odoo-<pid>``) with the
   last statement they ran;
3. a write (a vehicle request filed and submitted) is made on the primary and
   reaches the replica by streaming;
4. with ``--log`` (the server's log with ``--log-handler=werkzeug:INFO``), the
   cursor Odoo itself logs for each request: ``ro`` (replica), ``rw``
   (primary) or ``ro->rw`` (started on the replica, retried on the primary
   because it wrote).

Exit status 1 when one of these does not hold.
"""

import argparse
import collections
import re
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import psycopg2

sys.path.insert(0, str(Path(__file__).parent))
from loadtest import Client  # noqa: E402

# PostgreSQL flushes a backend's statistics at most every second and, once the
# backend is idle, within 10 s (PGSTAT_IDLE_INTERVAL).
STATS_FLUSH_SECONDS = 11


def connect(address, db, user):
    host, port = address.rsplit(":", 1)
    connection = psycopg2.connect(dbname=db, host=host, port=port, user=user)
    connection.autocommit = True
    return connection


def scalar(connection, query, params=()):
    with connection.cursor() as cr:
        cr.execute(query, params)
        row = cr.fetchone()
        return row[0] if row else None


def transactions(connection, db):
    scalar(connection, "SELECT pg_stat_clear_snapshot()")
    return scalar(
        connection,
        "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = %s",
        (db,),
    )


def odoo_connections(connection, db):
    with connection.cursor() as cr:
        cr.execute(
            """SELECT application_name, state, left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
                 FROM pg_stat_activity
                WHERE datname = %s AND application_name LIKE 'odoo-%%'
                ORDER BY application_name""",
            (db,),
        )
        return cr.fetchall()


# A werkzeug request line: "POST /path HTTP/1.1" 200 - <queries> <sql s> <other s> <cursor>
REQUEST_LINE = re.compile(
    r'"(?:GET|POST) (\S+) HTTP/[\d.]+" \d+ - \d+ [\d.]+ [\d.]+ (\S+)'
)


def cursor_modes(log_path):
    """{route: Counter(cursor mode)} from the server's request lines."""
    modes = collections.defaultdict(collections.Counter)
    for line in Path(log_path).read_text(errors="replace").splitlines():
        match = REQUEST_LINE.search(line)
        if match:
            # call_kw routes are logged as /web/dataset/call_kw/<model>/<method>#<model>.<method>
            path = match.group(1).split("?")[0].split("#")[0]
            route = re.sub(r"/\d[\d,]*", "/<ids>", path)
            modes[route][match.group(2)] += 1
    return modes


def read_only_requests(url, db):
    """What officers do that does not write: lists, forms, a PDF and an Excel."""
    officer = Client(url, db, "officer")
    done = []
    for _ in range(5):
        officer.call(
            "affairs.vehicle.request",
            "web_search_read",
            [],
            specification={"name": {}, "state": {}, "date_start": {}},
            limit=40,
        )
        officer.call("fleet.vehicle", "search_read", [], ["name"], limit=40)
    done.append("10 searches (web_search_read, search_read)")
    dispatched = officer.call(
        "affairs.vehicle.request",
        "search",
        [("state", "in", ("dispatched", "returned"))],
        limit=1,
    )
    if dispatched:
        pdf = officer.get(
            f"/report/pdf/affairs_fleet.report_dispatch_slip/{dispatched[0]}"
        )
        done.append(f"dispatch slip PDF ({len(pdf)} bytes)")
    vehicles = officer.call("fleet.vehicle", "search", [], limit=10)
    xlsx = officer.get(
        "/report/xlsx/affairs_fleet.vehicle_ledger_xlsx/" + ",".join(map(str, vehicles))
    )
    done.append(f"vehicle ledger Excel ({len(xlsx)} bytes)")
    return done


def write_request(url, db):
    cadre = Client(url, db, "cadre")
    start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(
        days=90
    )
    record = cadre.call(
        "affairs.vehicle.request",
        "create",
        [
            {
                "purpose": "副本检查",
                "destination": "市行政中心",
                "origin": "机关大院",
                "date_start": start.strftime("%Y-%m-%d %H:%M:%S"),
                "date_end": (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"),
                "passenger_count": 1,
            }
        ],
    )[0]
    cadre.call("affairs.vehicle.request", "action_submit", [record])
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--primary", required=True, help="host:port")
    parser.add_argument("--replica", required=True, help="host:port")
    parser.add_argument("--user")
    parser.add_argument("--log", help="the server's log, werkzeug lines at INFO")
    options = parser.parse_args()
    primary = connect(options.primary, options.db, options.user)
    replica = connect(options.replica, options.db, options.user)
    failures = []

    def check(condition, message):
        print(("ok    " if condition else "FAIL  ") + message)
        if not condition:
            failures.append(message)

    check(
        scalar(replica, "SELECT pg_is_in_recovery()"),
        f"replica {options.replica} is a hot standby (pg_is_in_recovery)",
    )
    check(
        not scalar(primary, "SELECT pg_is_in_recovery()"),
        f"primary {options.primary} is not in recovery",
    )
    streaming = scalar(
        primary, "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"
    )
    check(streaming >= 1, f"primary streams to {streaming} standby(s)")

    # Log in first: a login writes (session, login date) and goes to the primary.
    Client(options.url, options.db, "officer")
    time.sleep(STATS_FLUSH_SECONDS)
    before = transactions(primary, options.db), transactions(replica, options.db)
    done = read_only_requests(options.url, options.db)
    time.sleep(STATS_FLUSH_SECONDS)
    after = transactions(primary, options.db), transactions(replica, options.db)
    on_primary, on_replica = after[0] - before[0], after[1] - before[1]
    print(f"read-only requests: {', '.join(done)}")
    print(
        f"  transactions meanwhile: replica {on_replica}, primary {on_primary} "
        "(the primary's are the requests' session checks and any retried route)"
    )
    check(on_replica > 0, "read-only requests ran transactions on the replica")
    connections = odoo_connections(replica, options.db)
    for name, state, query in connections:
        print(f"  replica connection {name} ({state}): {query}")
    check(bool(connections), "the Odoo workers hold connections to the replica")

    record = write_request(options.url, options.db)
    state = scalar(
        primary,
        "SELECT state FROM affairs_vehicle_request WHERE id = %s",
        (record,),
    )
    check(
        state == "submitted",
        f"the vehicle request {record} filed and submitted is on the primary ({state})",
    )
    replayed = None
    for _ in range(30):
        replayed = scalar(
            replica,
            "SELECT state FROM affairs_vehicle_request WHERE id = %s",
            (record,),
        )
        if replayed == "submitted":
            break
        time.sleep(1)
    lag = scalar(
        primary,
        "SELECT coalesce(max(replay_lag), interval '0')::text FROM pg_stat_replication",
    )
    check(
        replayed == "submitted",
        f"and reached the replica by streaming ({replayed}, replay lag {lag})",
    )
    if options.log:
        modes = cursor_modes(options.log)
        for route, counts in sorted(modes.items()):
            print(f"  {route}: " + ", ".join(f"{n} {m}" for m, n in counts.items()))
        reads = [
            counts
            for route, counts in modes.items()
            if route.startswith("/report/")
            or route.rsplit("/", 1)[-1] in ("web_search_read", "search_read")
        ]
        check(
            bool(reads) and all(set(counts) == {"ro"} for counts in reads),
            "Odoo logs the reports and searches on the read-only (replica) cursor",
        )
        writes = [
            counts
            for route, counts in modes.items()
            if route.rsplit("/", 1)[-1] in ("create", "action_submit")
        ]
        check(
            bool(writes) and all("ro" not in counts for counts in writes),
            "and the create and submit on the primary (rw)",
        )
    print("replica check: " + ("passed" if not failures else f"{len(failures)} failed"))
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
