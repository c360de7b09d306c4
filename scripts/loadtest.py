#!/usr/bin/env python3
"""A bounded load test of the suite: the busiest hour of a bureau, in miniature.

Simulated users (threads) log in as the demo users and do their journeys
against a running Odoo server over HTTP (JSON-RPC, as the web client does) and
XML-RPC (as an integrator does):

* cadres open request forms, file and submit vehicle, service and space
  requests;
* managers approve what waits for them;
* dispatchers (officers) dispatch approved trips, choosing vehicles and
  drivers that may collide on purpose;
* property officers carry out approved space requests (rooms change hands);
* officers print dispatch slips (PDF) and the vehicle ledger (Excel).

Each user waits a random *think time* between two actions (``--think``,
default 2–8 s uniform: a cadre reads the form before the next click); with
``--think 0`` the users fire without pause and the run is a throughput test
of the server rather than the busiest hour of a bureau. The report prints the
arrival rate this makes (actions and HTTP requests per second).

The run is bounded by a number of actions and a time limit, whichever comes
first. It prints throughput, median and p95 latency per action, the count of
5xx responses and of server errors, refused actions by reason, and then checks
the database: no vehicle or driver booked twice for overlapping times, no room
given to two agencies at once, no vehicle quota overrun.

Usage (a server must run on the URL, e.g. ``odoo-bin --workers=2``)::

    python scripts/loadtest.py --url http://127.0.0.1:8069 --db affairs_demo \\
        --users 50 --actions 3000 --seconds 600

``scripts/loadtest.sh`` starts a multi-worker server on a copy of the demo
database and runs the full test; ``tests/test_load.py`` runs a short one in the
test command. The exit status is 1 when a server error or an integrity
violation was found (and, with ``--p95-target``, when the p95 of form loads or
submissions is above it).
"""

import argparse
import collections
import concurrent.futures
import itertools
import json
import random
import re
import statistics
import threading
import time
import xmlrpc.client
from datetime import datetime, timedelta

import psycopg2
import requests

# Role of each simulated user, by share of the population, and its login.
ROLES = [
    ("cadre", 0.6, "cadre"),
    ("approver", 0.15, "manager"),
    ("dispatcher", 0.15, "officer"),
    ("property", 0.05, "property_officer"),
    ("printer", 0.05, "officer"),
]
# Actions whose p95 the target speaks of (form loads and submissions).
INTERACTIVE = (
    "form_load",
    "vehicle_submit",
    "service_submit",
    "space_submit",
    "approve",
    "dispatch",
    "space_done",
)


# Time over which the simulated users log in.
RAMP_UP_SECONDS = 5
# Seconds a user waits between two actions (uniform), see the docstring.
THINK_SECONDS = (2.0, 8.0)


class Refused(Exception):
    """The server refused the action with a message for the user."""


class ServerError(Exception):
    """HTTP 5xx, or an error that is not a user-facing refusal."""


USER_ERRORS = (
    "odoo.exceptions.UserError",
    "odoo.exceptions.ValidationError",
    "odoo.exceptions.AccessError",
    "odoo.exceptions.MissingError",
    "odoo.exceptions.RedirectWarning",
)


class Client:
    """One browser session: JSON-RPC as the web client sends it."""

    # HTTP requests sent by all clients (the arrival rate the report prints).
    requests_sent = itertools.count()

    def __init__(self, url, db, login):
        self.url, self.db, self.login = url, db, login
        self.http = requests.Session()
        self.ids = itertools.count(1)
        session = self.rpc(
            "/web/session/authenticate", {"db": db, "login": login, "password": login}
        )
        self.uid = session["uid"]
        # As the web client: the user's context (their language, zh_CN in the
        # demo), in the bureau's timezone.
        self.context = dict(session.get("user_context") or {}, tz="Asia/Shanghai")

    def rpc(self, path, params):
        next(Client.requests_sent)
        response = self.http.post(
            self.url + path,
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "id": next(self.ids),
                    "params": params,
                }
            ),
            headers={"Content-Type": "application/json"},
            timeout=120,
        )
        if response.status_code >= 500:
            raise ServerError(f"HTTP {response.status_code}")
        if response.status_code != 200:
            raise Refused(f"HTTP {response.status_code}")
        body = response.json()
        if "error" in body:
            data = body["error"].get("data") or {}
            if data.get("name") in USER_ERRORS:
                raise Refused(data.get("message") or data.get("name"))
            raise ServerError(
                f"{data.get('name')}: {(data.get('message') or '')[:200]}"
            )
        return body["result"]

    def call(self, model, method, *args, **kwargs):
        kwargs.setdefault("context", self.context)
        return self.rpc(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def get(self, path):
        next(Client.requests_sent)
        response = self.http.get(self.url + path, timeout=300)
        if response.status_code >= 500:
            raise ServerError(f"HTTP {response.status_code} on {path.split('/')[2]}")
        if response.status_code != 200:
            raise Refused(f"HTTP {response.status_code}")
        return response.content


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = collections.defaultdict(list)
        self.refused = collections.Counter()
        self.server_errors = collections.Counter()
        self.done = collections.Counter()
        self.actions = 0
        self.logins = []
        self.think = (0.0, 0.0)
        self.requests = 0

    def record(self, action, seconds, outcome=None, reason=None):
        with self.lock:
            self.actions += 1
            self.latencies[action].append(seconds)
            if outcome == "refused":
                self.refused[(action, normalise(reason))] += 1
            elif outcome == "error":
                self.server_errors[(action, reason)] += 1
            else:
                self.done[action] += 1


def normalise(reason):
    """Refusal messages without the record names and numbers in them."""
    reason = re.sub(r"[A-Z]{2,}/\d{4}/\d+", "<ref>", reason or "")
    return re.sub(r"\d+(\.\d+)?", "<n>", reason)[:120]


class Journeys:
    """What each role does; every method is one measured action."""

    def __init__(self, url, db, seed):
        self.url, self.db = url, db
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        admin = Client(url, db, "admin")
        vehicles = admin.call(
            "fleet.vehicle",
            "search_read",
            [("affairs_state", "=", "registered")],
            ["affairs_license_class"],
        )
        today = datetime.now().strftime("%Y-%m-%d")
        drivers = admin.call(
            "hr.employee",
            "search_read",
            [("affairs_is_driver", "=", True), ("affairs_license_expiry", ">", today)],
            ["affairs_license_class"],
        )
        # A dispatcher picks a driver whose licence covers the vehicle; the
        # collisions left are the ones the load test is about (same vehicle or
        # driver at overlapping times).
        self.pairs = [
            (vehicle["id"], driver["id"])
            for vehicle in vehicles
            for driver in drivers
            if driver["affairs_license_class"] == vehicle["affairs_license_class"]
            or (
                vehicle["affairs_license_class"] in ("C1", "C2")
                and driver["affairs_license_class"] not in ("C2", False)
            )
        ]
        self.categories = admin.call("affairs.service.category", "search", [])
        # The smallest free offices, shared by two colleagues, fit the area
        # standard: cadres race for the same few rooms.
        self.rooms = admin.call(
            "affairs.room",
            "search",
            [("state", "=", "free"), ("usage", "=", "office")],
            order="usable_area",
            limit=8,
        )
        cadre = admin.call(
            "res.users", "search_read", [("login", "=", "cadre")], ["employee_id"]
        )[0]
        self.cadre_agency = admin.call(
            "hr.employee", "read", [cadre["employee_id"][0]], ["affairs_agency_id"]
        )[0]["affairs_agency_id"][0]
        self.colleagues = admin.call(
            "hr.employee",
            "search",
            [("affairs_agency_id", "=", self.cadre_agency)],
            limit=20,
        )
        self.reports = admin.call("fleet.vehicle", "search", [], limit=20)

    def pick(self, values):
        with self.lock:
            return self.random.choice(values) if values else None

    def sample(self, values, count):
        with self.lock:
            return self.random.sample(values, min(count, len(values)))

    def slot(self):
        with self.lock:
            start = datetime.now().replace(
                minute=0, second=0, microsecond=0
            ) + timedelta(
                days=self.random.randint(1, 60), hours=self.random.randint(0, 10)
            )
            return start, start + timedelta(hours=self.random.randint(1, 4))

    # ---- cadre ----
    def form_load(self, client):
        ids = client.call("affairs.vehicle.request", "search", [], limit=20)
        if ids:
            client.call(
                "affairs.vehicle.request",
                "web_read",
                [self.pick(ids)],
                specification={
                    "name": {},
                    "state": {},
                    "purpose": {},
                    "destination": {},
                    "date_start": {},
                    "date_end": {},
                    "requester_id": {"fields": {"display_name": {}}},
                    "agency_id": {"fields": {"display_name": {}}},
                    "vehicle_id": {"fields": {"display_name": {}}},
                    "review_ids": {"fields": {"status": {}}},
                },
            )
        client.call(
            "affairs.vehicle.request",
            "onchange",
            [],
            {},
            [],
            {
                "name": {},
                "requester_id": {},
                "agency_id": {},
                "date_start": {},
                "date_end": {},
            },
        )

    def vehicle_submit(self, client):
        start, end = self.slot()
        record = client.call(
            "affairs.vehicle.request",
            "create",
            [
                {
                    "purpose": "调研座谈",
                    "destination": "市行政中心",
                    "origin": "机关大院",
                    "date_start": start.strftime("%Y-%m-%d %H:%M:%S"),
                    "date_end": end.strftime("%Y-%m-%d %H:%M:%S"),
                    "passenger_count": 2,
                }
            ],
        )[0]
        client.call("affairs.vehicle.request", "action_submit", [record])

    def service_submit(self, client):
        """Filed over XML-RPC, as an integrating system (e.g. an OA portal) does."""
        proxy = xmlrpc.client.ServerProxy(
            f"{self.url}/xmlrpc/2/object", allow_none=True
        )
        next(Client.requests_sent)
        next(Client.requests_sent)
        record = proxy.execute_kw(
            self.db,
            client.uid,
            client.login,
            "affairs.service.request",
            "create",
            [
                {
                    "title": "办公室空调不制冷",
                    "category_id": self.pick(self.categories),
                    "location": "B1-301",
                }
            ],
        )
        proxy.execute_kw(
            self.db,
            client.uid,
            client.login,
            "affairs.service.request",
            "action_submit",
            [[record]],
        )

    def space_submit(self, client):
        room = self.pick(self.rooms)
        record = client.call(
            "affairs.space.request",
            "create",
            {
                "request_type": "allocate",
                "agency_id": self.cadre_agency,
                "reason": "新进人员办公",
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "room_id": room,
                            "employee_ids": [(6, 0, self.sample(self.colleagues, 2))],
                        },
                    )
                ],
            },
        )
        client.call("affairs.space.request", "action_submit", [record])

    # ---- bureau ----
    def approve(self, client):
        model = self.pick(
            [
                "affairs.vehicle.request",
                "affairs.vehicle.request",
                "affairs.space.request",
            ]
        )
        ids = client.call(
            model,
            "search",
            [("state", "=", "submitted"), ("can_review", "=", True)],
            limit=10,
        )
        if not ids:
            return "idle"
        client.call(model, "action_approve", [self.pick(ids)])

    def dispatch(self, client):
        ids = client.call(
            "affairs.vehicle.request", "search", [("state", "=", "approved")], limit=10
        )
        if not ids:
            return "idle"
        vehicle, driver = self.pick(self.pairs)
        client.call(
            "affairs.vehicle.request",
            "action_dispatch",
            [self.pick(ids)],
            vehicle=vehicle,
            driver=driver,
        )

    def space_done(self, client):
        ids = client.call(
            "affairs.space.request", "search", [("state", "=", "approved")], limit=10
        )
        if not ids:
            return "idle"
        client.call("affairs.space.request", "action_done", [self.pick(ids)])

    def print_pdf(self, client):
        ids = client.call(
            "affairs.vehicle.request",
            "search",
            [("state", "in", ("dispatched", "returned"))],
            limit=10,
        )
        if not ids:
            return "idle"
        client.get(f"/report/pdf/affairs_fleet.report_dispatch_slip/{self.pick(ids)}")

    def print_excel(self, client):
        client.get(
            "/report/xlsx/affairs_fleet.vehicle_ledger_xlsx/"
            + ",".join(map(str, self.reports))
        )


ROLE_ACTIONS = {
    "cadre": [("form_load", 4), ("vehicle_submit", 4), ("service_submit", 2)],
    "approver": [("approve", 1)],
    "dispatcher": [("dispatch", 3), ("form_load", 1)],
    # Cadres cannot name occupants (they do not read hr.employee): the
    # property office files space requests for the agencies.
    "property": [("space_submit", 2), ("space_done", 1)],
    "printer": [("print_pdf", 2), ("print_excel", 1)],
}


def log_in(journeys, stats, login):
    """A user's session (before the clock starts: the busiest hour's users are in)."""
    started = time.perf_counter()
    try:
        client = Client(journeys.url, journeys.db, login)
    except (ServerError, Refused, requests.RequestException, OSError) as error:
        stats.record("login", time.perf_counter() - started, "error", str(error)[:200])
        return None
    with stats.lock:
        stats.logins.append(time.perf_counter() - started)
    return client


def simulate(journeys, stats, role, client, budget, deadline, seed, think):
    rng = random.Random(seed)
    actions, weights = zip(*ROLE_ACTIONS[role])
    # Users start out of step, then think between their actions.
    time.sleep(rng.uniform(0, think[1]))
    first = True
    while time.time() < deadline and next(budget, None) is not None:
        if not first and think[1] > 0:
            time.sleep(rng.uniform(*think))
        first = False
        action = rng.choices(actions, weights)[0]
        started = time.perf_counter()
        try:
            outcome = getattr(journeys, action)(client)
        except Refused as refusal:
            stats.record(action, time.perf_counter() - started, "refused", str(refusal))
        except (
            ServerError,
            requests.RequestException,
            xmlrpc.client.Error,
            OSError,
        ) as error:
            reason = str(error)
            if isinstance(error, xmlrpc.client.Fault):
                if any(
                    name in error.faultString
                    for name in ("UserError", "ValidationError", "AccessError")
                ):
                    stats.record(
                        action,
                        time.perf_counter() - started,
                        "refused",
                        error.faultString.strip().splitlines()[-1],
                    )
                    continue
                reason = error.faultString.strip().splitlines()[-1][:200]
            stats.record(action, time.perf_counter() - started, "error", reason)
        else:
            if outcome != "idle":
                stats.record(action, time.perf_counter() - started)


def population(users):
    roles = []
    for role, share, login in ROLES:
        roles += [(role, login)] * max(1, round(users * share))
    return roles[: max(users, len(ROLES))]


def warm_up(url, db, workers=4):
    """Let every worker load the registry before the clock starts."""

    def touch(_index):
        client = Client(url, db, "cadre")
        client.call("affairs.vehicle.request", "search_count", [])

    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(touch, range(workers * 2)))


def run(
    url,
    db,
    users=50,
    actions=3000,
    seconds=600,
    seed=2026,
    think=THINK_SECONDS,
    ramp_up=RAMP_UP_SECONDS,
):
    stats = Stats()
    stats.think = think
    journeys = Journeys(url, db, seed)
    warm_up(url, db)
    budget = iter(range(actions))
    budget_lock = threading.Lock()

    class SharedBudget:
        def __next__(self):
            with budget_lock:
                return next(budget)

    people = population(users)
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(people)) as pool:
        # Users log in over the ramp-up (a load test's spawn rate), as they do
        # behind a proxy, not in one burst on the workers' sockets.
        logins = []
        for _role, login in people:
            logins.append(pool.submit(log_in, journeys, stats, login))
            time.sleep(ramp_up / max(len(people), 1))
        clients = [future.result() for future in logins]
        deadline = time.time() + seconds
        requests_before = next(Client.requests_sent)
        started = time.time()
        futures = [
            pool.submit(
                simulate,
                journeys,
                stats,
                role,
                client,
                SharedBudget(),
                deadline,
                seed + index,
                think,
            )
            for index, ((role, _login), client) in enumerate(zip(people, clients))
            if client
        ]
        for future in futures:
            future.result()
    stats.elapsed = time.time() - started
    stats.requests = next(Client.requests_sent) - requests_before - 1
    stats.users = len(people)
    return stats


def percentile(values, share):
    ordered = sorted(values)
    return (
        ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]
        if ordered
        else 0.0
    )


def check_integrity(db, host="127.0.0.1", port=5432, user=None):
    """Violations of what concurrent users must never break, counted in SQL."""
    checks = {
        "vehicle booked twice": """
            SELECT count(*) FROM affairs_vehicle_request a JOIN affairs_vehicle_request b
              ON a.id < b.id AND a.vehicle_id = b.vehicle_id
             AND a.state IN ('dispatched', 'in_use') AND b.state IN ('dispatched', 'in_use')
             AND tsrange(a.date_start, a.date_end) && tsrange(b.date_start, b.date_end)""",
        "driver booked twice": """
            SELECT count(*) FROM affairs_vehicle_request a JOIN affairs_vehicle_request b
              ON a.id < b.id AND a.driver_id = b.driver_id
             AND a.state IN ('dispatched', 'in_use') AND b.state IN ('dispatched', 'in_use')
             AND tsrange(a.date_start, a.date_end) && tsrange(b.date_start, b.date_end)""",
        "room given to two agencies": """
            SELECT count(*) FROM affairs_room_assignment a JOIN affairs_room_assignment b
              ON a.id < b.id AND a.room_id = b.room_id AND a.agency_id != b.agency_id
             AND daterange(a.date_from, a.date_to, '[]') && daterange(b.date_from, b.date_to, '[]')""",
        "vehicle quota overrun": """
            SELECT count(*) FROM affairs_vehicle_quota q
             WHERE q.quota < (SELECT count(*) FROM fleet_vehicle v
                    WHERE v.active AND v.affairs_state = 'registered'
                      AND v.affairs_agency_id = q.agency_id
                      AND v.affairs_vehicle_category = q.category)""",
    }
    connection = psycopg2.connect(dbname=db, host=host, port=port, user=user)
    found = {}
    with connection, connection.cursor() as cr:
        for name, sql in checks.items():
            cr.execute(sql)
            found[name] = cr.fetchone()[0]
    connection.close()
    return found


def print_report(stats, integrity):
    elapsed = max(stats.elapsed, 0.001)
    print(
        f"load test: {stats.users} simulated users, {stats.actions} actions in {stats.elapsed:.1f}s "
        f"({stats.actions / elapsed:.1f} actions/s, {stats.requests / elapsed:.1f} HTTP requests/s)"
    )
    low, high = stats.think
    if high > 0:
        mean = (low + high) / 2
        print(
            f"think time {low:g}-{high:g} s between a user's actions (mean {mean:g} s): "
            f"arrival rate at most {stats.users / mean:.1f} actions/s "
            f"(users / mean think time), {stats.actions / elapsed:.1f} achieved"
        )
    else:
        print(
            "no think time: every user fires its next action at once (throughput test)"
        )
    if stats.logins:
        print(
            f"logins: {len(stats.logins)}, median {statistics.median(stats.logins) * 1000:.0f} ms, "
            f"p95 {percentile(stats.logins, 0.95) * 1000:.0f} ms (before the clock: password "
            "hashing, not in the target)"
        )
    print(
        f"{'action':<16}{'count':>7}{'done':>6}{'median ms':>11}{'p95 ms':>9}{'refused':>9}{'errors':>8}"
    )
    for action, values in sorted(stats.latencies.items()):
        refused = sum(n for (name, _), n in stats.refused.items() if name == action)
        errors = sum(
            n for (name, _), n in stats.server_errors.items() if name == action
        )
        print(
            f"{action:<16}{len(values):>7}{stats.done[action]:>6}{statistics.median(values) * 1000:>11.0f}"
            f"{percentile(values, 0.95) * 1000:>9.0f}{refused:>9}{errors:>8}"
        )
    print(f"server errors (5xx or unexpected): {sum(stats.server_errors.values())}")
    for (action, reason), count in stats.server_errors.most_common(10):
        print(f"  {count:>5}  {action}: {reason}")
    print(f"refused actions: {sum(stats.refused.values())}")
    for (action, reason), count in stats.refused.most_common(12):
        print(f"  {count:>5}  {action}: {reason}")
    print(
        "integrity: "
        + ", ".join(f"{name} {count}" for name, count in integrity.items())
    )


def interactive_p95(stats):
    values = [v for action in INTERACTIVE for v in stats.latencies.get(action, [])]
    return percentile(values, 0.95)


def parse_think(text):
    low, _, high = text.partition("-")
    return float(low), float(high or low)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8069")
    parser.add_argument("--db", default="affairs_demo")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--actions", type=int, default=3000)
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--p95-target", type=float, default=0.0, help="seconds; 0 to only print"
    )
    parser.add_argument(
        "--ramp-up",
        type=float,
        default=RAMP_UP_SECONDS,
        help="seconds over which the users log in before the clock starts (a "
        "login hashes a password: about a second of a worker's CPU)",
    )
    parser.add_argument(
        "--think",
        default="%g-%g" % THINK_SECONDS,
        help="seconds between a user's actions, MIN-MAX uniform (0: none)",
    )
    options = parser.parse_args()
    stats = run(
        options.url,
        options.db,
        options.users,
        options.actions,
        options.seconds,
        options.seed,
        parse_think(options.think),
        options.ramp_up,
    )
    integrity = check_integrity(options.db)
    print_report(stats, integrity)
    p95 = interactive_p95(stats)
    print(f"p95 of form loads and submissions: {p95 * 1000:.0f} ms")
    failed = sum(stats.server_errors.values()) or any(integrity.values())
    if options.p95_target and p95 > options.p95_target:
        failed = True
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
