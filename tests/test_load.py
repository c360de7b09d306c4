"""The busiest hour, short: a bounded load test against a multi-worker server.

A copy of the demo database (phase 2's ``<prefix>_all``) is served as in
production (``--workers=2``, the gevent long-polling process, a cron worker,
``--proxy-mode``) and ``scripts/loadtest.py`` runs a short mix of every role's
journey on it. The full run (50 users) is ``scripts/loadtest.sh``.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from conftest import PREFIX, REPO, database_exists

sys.path.insert(0, str(REPO / "scripts"))
import loadtest  # noqa: E402

# The load test's multi-worker server runs on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group("load")

PORT = int(os.environ.get("AFFAIRS_TEST_PORT_BASE", "8300")) - 10
FILESTORE = REPO / ".data" / "test-filestore" / "filestore"
# What the short run must have done for the test to mean something.
EXPECTED_ACTIONS = (
    "form_load",
    "vehicle_submit",
    "service_submit",
    "approve",
    "dispatch",
    "space_submit",
)


@pytest.fixture(scope="module")
def server(odoo_config, tmp_path_factory):
    template, db = f"{PREFIX}_all", f"{PREFIX}_load"
    if not database_exists(template):
        pytest.fail(f"{template} is missing: phase 2 builds it")
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=True)
    subprocess.run(["createdb", "-T", template, db], check=True)
    shutil.rmtree(FILESTORE / db, ignore_errors=True)
    if (FILESTORE / template).is_dir():
        shutil.copytree(FILESTORE / template, FILESTORE / db)
    log_path = Path(tmp_path_factory.mktemp("load")) / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                f"{os.environ['ODOO_SRC']}/odoo-bin",
                "-c",
                str(odoo_config),
                "-d",
                db,
                f"--db-filter=^{db}$",
                f"--http-port={PORT}",
                f"--gevent-port={PORT + 1}",
                "--workers=2",
                "--max-cron-threads=1",
                "--limit-time-real-cron=0",
                "--proxy-mode",
                "--log-level=warn",
            ],
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{PORT}"
    deadline = time.time() + 120
    for health in (
        f"{url}/web/health",
        f"http://127.0.0.1:{PORT + 1}/websocket/health",
    ):
        while time.time() < deadline:
            try:
                if requests.get(health, timeout=5).ok:
                    break
            except requests.RequestException:
                pass
            time.sleep(1)
    yield url, db, log_path
    proc.terminate()
    proc.wait(timeout=60)
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=False)
    shutil.rmtree(FILESTORE / db, ignore_errors=True)


def test_short_load(server):
    """20 users without think time for at most 40 s: no server error, nothing double-booked or overrun.

    Without think time the users race for the same vehicles, drivers and
    rooms as hard as two workers serve them: the concurrency test.
    """
    url, db, log_path = server
    stats = loadtest.run(url, db, users=20, actions=400, seconds=40, think=(0.0, 0.0))
    integrity = loadtest.check_integrity(
        db,
        host=os.environ.get("PGHOST", "127.0.0.1"),
        port=os.environ.get("PGPORT", "5432"),
        user=os.environ.get("PGUSER"),
    )
    loadtest.print_report(stats, integrity)
    assert not stats.server_errors, (
        f"server errors under load: {dict(stats.server_errors)}"
    )
    assert not any(integrity.values()), f"integrity violations: {integrity}"
    missing = [action for action in EXPECTED_ACTIONS if not stats.done[action]]
    assert not missing, f"journeys that never completed under load: {missing}"
    errors, races = server_log_errors(log_path)
    print(f"concurrent-update conflicts retried or refused by PostgreSQL: {races}")
    assert not errors, "\n".join(errors[:10])


# PostgreSQL's answers to racing users: Odoo logs the statement, then retries
# the request (serialization failure, deadlock) or refuses it (row lock taken).
RACES = ("could not serialize access", "deadlock detected", "could not obtain lock")


def server_log_errors(log_path):
    """ERROR/CRITICAL records of the server, less the expected races."""
    lines = log_path.read_text(errors="replace").splitlines()
    errors, races = [], 0
    for index, line in enumerate(lines):
        parts = line.split(" ", 5)
        if (
            len(parts) < 5
            or parts[3] not in ("ERROR", "CRITICAL")
            or parts[0][:2] != "20"
        ):
            continue
        following = " ".join(lines[index + 1 : index + 4])
        if parts[4] == "odoo.sql_db:" or " odoo.sql_db: " in line:
            if any(race in following for race in RACES):
                races += 1
                continue
        errors.append(line)
    return errors, races


def _log_tail(log_path, lines=40):
    return "\n".join(log_path.read_text(errors="replace").splitlines()[-lines:])


def test_multi_worker_server_up(server):
    """The long-polling (gevent) process answers too: websockets behind the proxy."""
    url, _db, _log = server
    try:
        response = requests.get(
            f"http://127.0.0.1:{PORT + 1}/websocket/health", timeout=10
        )
    except requests.RequestException as error:
        pytest.fail(f"{error}\n{_log_tail(_log)}")
    assert response.status_code == 200, response.text
    assert socket.create_connection(("127.0.0.1", PORT), timeout=5)
