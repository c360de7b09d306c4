"""The suite as an integrator uses it: XML-RPC against a running server with demo data."""
import os
import socket
import subprocess
import sys
import time
import xmlrpc.client

import pytest

from conftest import PREFIX, REPO

PORT = int(os.environ.get("AFFAIRS_TEST_PORT_BASE", "8300")) - 5


@pytest.fixture(scope="module")
def server(odoo, odoo_config):
    template = f"{PREFIX}_all"
    db = f"{PREFIX}_rpc"
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=True)
    from conftest import database_exists

    if database_exists(template):
        subprocess.run(["createdb", "-T", template, db], check=True)
    else:
        addons = ",".join(sorted(p.parent.name for p in (REPO / "addons").glob("*/__manifest__.py")))
        odoo.install(db, addons, "--with-demo")
    proc = subprocess.Popen(
        [sys.executable, f"{os.environ['ODOO_SRC']}/odoo-bin", "-c", str(odoo_config), "-d", db,
         f"--db-filter=^{db}$", f"--http-port={PORT}", "--workers=0"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=1).close()
            break
        except OSError:
            time.sleep(1)
    url = f"http://127.0.0.1:{PORT}"
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
    uid = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common").authenticate(db, user, user, {})
    assert uid, f"demo user {user} can log in"
    models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)

    def call(model, method, *args, **kwargs):
        return models.execute_kw(db, uid, user, model, method, list(args), kwargs)

    return uid, call


def test_agency_user_files_and_bureau_processes_over_rpc(server):
    _uid, cadre = login(server, "cadre")
    category = cadre("affairs.service.category", "search", [("name", "ilike", "Repair")], limit=1)
    request_id = cadre("affairs.service.request", "create", {"title": "RPC: door lock", "category_id": category[0]})
    cadre("affairs.service.request", "action_submit", [request_id])
    record = cadre("affairs.service.request", "read", [request_id], ["state", "agency_id", "deadline"])[0]
    assert record["state"] == "approved"
    assert record["deadline"]
    assert record["agency_id"][1] == "市财政局"

    _uid, officer = login(server, "officer")
    officer("affairs.service.request", "action_accept", [request_id])
    officer("affairs.service.request", "action_done", [request_id])
    cadre("affairs.service.request", "action_rate", [request_id], 5, "fast")
    record = cadre("affairs.service.request", "read", [request_id], ["state", "rating"])[0]
    assert record == {"id": request_id, "state": "done", "rating": "5"}


def test_agency_user_sees_only_own_agency_over_rpc(server):
    _uid, cadre = login(server, "cadre")
    visible = cadre("affairs.service.request", "search_read", [], ["agency_id"])
    assert visible
    names = {record["agency_id"][1] for record in visible if record["agency_id"]}
    assert names <= {"市财政局"}
    _uid, officer = login(server, "officer")
    other = officer("affairs.service.request", "search", [("agency_id.name", "=", "市教育局")], limit=1)
    assert other, "demo has a request of another agency"
    with pytest.raises(xmlrpc.client.Fault, match="AccessError|not allowed|access"):
        cadre("affairs.service.request", "read", other, ["title"])


def test_bad_input_gives_clear_error_over_rpc(server):
    _uid, cadre = login(server, "cadre")
    category = cadre("affairs.service.category", "search", [("name", "ilike", "Printing")], limit=1)
    request_id = cadre(
        "affairs.service.request", "create",
        {"title": "RPC: 10,000 copies", "category_id": category[0], "estimated_cost": 99999},
    )
    with pytest.raises(xmlrpc.client.Fault, match="above the cap"):
        cadre("affairs.service.request", "action_submit", [request_id])
