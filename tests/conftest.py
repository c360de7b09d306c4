"""Suite-level tests: they drive real Odoo processes and PostgreSQL databases.

Run by scripts/run_tests.py (phase 3) after the per-addon databases
``<prefix>_<addon>`` (each addon installed alone) and ``<prefix>_all`` (every
addon with demo data) were built by phases 1 and 2; tests clone those
databases instead of reinstalling everything, and build them when missing.
"""

import os
import socket
import subprocess
import sys
import time
import uuid
import xmlrpc.client
from pathlib import Path

import psycopg2
import pytest

REPO = Path(__file__).resolve().parents[1]
PREFIX = os.environ.get("AFFAIRS_TEST_DB_PREFIX", "affairs_test")
ADDONS = [
    name for name in os.environ.get("AFFAIRS_ADDONS", "").split(",") if name
] or sorted(path.parent.name for path in (REPO / "addons").glob("*/__manifest__.py"))


def pytest_generate_tests(metafunc):
    if "addon" in metafunc.fixturenames:
        metafunc.parametrize("addon", ADDONS)


@pytest.fixture(scope="session")
def odoo_config(tmp_path_factory):
    """A config file for odoo-bin sub-commands that only take -c and -d."""
    path = tmp_path_factory.mktemp("odoo") / "odoo.conf"
    path.write_text(
        "[options]\n"
        f"addons_path = {os.environ['ADDONS_PATH']}\n"
        f"db_host = {os.environ.get('PGHOST', '127.0.0.1')}\n"
        f"db_port = {os.environ.get('PGPORT', '5432')}\n"
        f"db_user = {os.environ.get('PGUSER', 'root')}\n"
        f"data_dir = {REPO / '.data' / 'test-filestore'}\n"
        "http_interface = 127.0.0.1\n"
        "max_cron_threads = 0\n"
        "log_level = warn\n"
    )
    return path


class Odoo:
    def __init__(self, config):
        self.config = config

    def run(self, *args, check=True):
        command = [sys.executable, f"{os.environ['ODOO_SRC']}/odoo-bin", *args]
        proc = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        errors = [
            line
            for line in (proc.stdout + proc.stderr).splitlines()
            if " ERROR " in line or " CRITICAL " in line
        ]
        if check:
            assert proc.returncode == 0 and not errors, (proc.stdout + proc.stderr)[
                -4000:
            ]
        return proc

    def install(self, db, modules, *extra):
        return self.run(
            "-c", str(self.config), "-d", db, "-i", modules, "--stop-after-init", *extra
        )

    def uninstall(self, db, modules):
        return self.run(
            "module", "uninstall", "-c", str(self.config), "-d", db, modules
        )


@pytest.fixture(scope="session")
def odoo(odoo_config):
    return Odoo(odoo_config)


def connect(db):
    return psycopg2.connect(
        dbname=db,
        host=os.environ.get("PGHOST", "127.0.0.1"),
        port=os.environ.get("PGPORT", "5432"),
        user=os.environ.get("PGUSER", "root"),
    )


def query(db, sql, params=None):
    with connect(db) as conn, conn.cursor() as cr:
        cr.execute(sql, params)
        return cr.fetchall()


def database_exists(db):
    return bool(query("postgres", "SELECT 1 FROM pg_database WHERE datname = %s", [db]))


@pytest.fixture
def clone_db():
    """Clone a template database (or return None if missing); drop clones after."""
    created = []

    def clone(template):
        if not database_exists(template):
            return None
        name = f"{PREFIX}_tmp_{uuid.uuid4().hex[:8]}"
        subprocess.run(["createdb", "-T", template, name], check=True)
        created.append(name)
        return name

    def new():
        name = f"{PREFIX}_tmp_{uuid.uuid4().hex[:8]}"
        created.append(name)
        return name

    clone.new = new
    yield clone
    for name in created:
        subprocess.run(["dropdb", "--if-exists", "--force", name], check=False)


RPC_PORT = int(os.environ.get("AFFAIRS_TEST_PORT_BASE", "8300")) - 5


@pytest.fixture(scope="session")
def server(odoo, odoo_config):
    """One server on a copy of the demo database for every RPC test."""
    template = f"{PREFIX}_all"
    db = f"{PREFIX}_rpc"
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=True)
    if database_exists(template):
        subprocess.run(["createdb", "-T", template, db], check=True)
    else:
        addons = ",".join(
            sorted(p.parent.name for p in (REPO / "addons").glob("*/__manifest__.py"))
        )
        odoo.install(db, addons, "--with-demo")
    proc = subprocess.Popen(
        [
            sys.executable,
            f"{os.environ['ODOO_SRC']}/odoo-bin",
            "-c",
            str(odoo_config),
            "-d",
            db,
            f"--db-filter=^{db}$",
            f"--http-port={RPC_PORT}",
            "--workers=0",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", RPC_PORT), timeout=1).close()
            break
        except OSError:
            time.sleep(1)
    url = f"http://127.0.0.1:{RPC_PORT}"
    for _ in range(60):  # the registry loads on the first request
        try:
            xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common").version()
            break
        except (OSError, xmlrpc.client.Error):
            time.sleep(1)
    yield url, db
    proc.terminate()
    proc.wait(timeout=30)
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=False)


def login(server, user):
    url, db = server
    uid = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common").authenticate(
        db, user, user, {}
    )
    assert uid, f"demo user {user} can log in"
    models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)

    def call(model, method, *args, **kwargs):
        return models.execute_kw(db, uid, user, model, method, list(args), kwargs)

    return uid, call
