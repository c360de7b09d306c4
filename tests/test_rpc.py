"""The suite as an integrator uses it: XML-RPC against a running server with demo data."""

import xmlrpc.client

import pytest

from conftest import login

# One server on a copy of the demo database serves every RPC test: keep them on one
# pytest-xdist worker.
pytestmark = pytest.mark.xdist_group("rpc")


def test_agency_user_files_and_bureau_processes_over_rpc(server):
    _uid, cadre = login(server, "cadre")
    category = cadre(
        "affairs.service.category", "search", [("name", "ilike", "Repair")], limit=1
    )
    request_id = cadre(
        "affairs.service.request",
        "create",
        {"title": "RPC: door lock", "category_id": category[0]},
    )
    cadre("affairs.service.request", "action_submit", [request_id])
    record = cadre(
        "affairs.service.request",
        "read",
        [request_id],
        ["state", "agency_id", "deadline"],
    )[0]
    assert record["state"] == "approved"
    assert record["deadline"]
    assert record["agency_id"][1] == "市财政局"

    _uid, officer = login(server, "officer")
    officer("affairs.service.request", "action_accept", [request_id])
    officer("affairs.service.request", "action_done", [request_id])
    cadre("affairs.service.request", "action_rate", [request_id], 5, "fast")
    record = cadre(
        "affairs.service.request", "read", [request_id], ["state", "rating"]
    )[0]
    assert record == {"id": request_id, "state": "done", "rating": "5"}


def test_agency_user_sees_only_own_agency_over_rpc(server):
    _uid, cadre = login(server, "cadre")
    visible = cadre("affairs.service.request", "search_read", [], ["agency_id"])
    assert visible
    names = {record["agency_id"][1] for record in visible if record["agency_id"]}
    assert names <= {"市财政局"}
    _uid, officer = login(server, "officer")
    other = officer(
        "affairs.service.request",
        "search",
        [("agency_id.name", "=", "市教育局")],
        limit=1,
    )
    assert other, "demo has a request of another agency"
    # Refused in the cadre's language (the demo database is installed in Chinese).
    with pytest.raises(
        xmlrpc.client.Fault, match="AccessError|not allowed|access|权限"
    ):
        cadre("affairs.service.request", "read", other, ["title"])


def test_bad_input_gives_clear_error_over_rpc(server):
    _uid, cadre = login(server, "cadre")
    category = cadre(
        "affairs.service.category", "search", [("name", "ilike", "Printing")], limit=1
    )
    request_id = cadre(
        "affairs.service.request",
        "create",
        {
            "title": "RPC: 10,000 copies",
            "category_id": category[0],
            "estimated_cost": 99999,
        },
    )
    # In the cadre's language: the demo database is installed in Chinese.
    with pytest.raises(xmlrpc.client.Fault, match="above the cap|超过了.*的上限"):
        cadre("affairs.service.request", "action_submit", [request_id])
