"""Internal control over XML-RPC with the demo users: the bypasses an
integrator or a careless user would try are refused, for every request model
of the suite and every role; a bounded bad-input sweep counts what gets
through. Figures are printed (pytest -rA shows them in the log)."""

import re
import xmlrpc.client

import pytest

from conftest import login, query

# One server on a copy of the demo database serves every RPC test: keep them on one
# pytest-xdist worker.
pytestmark = pytest.mark.xdist_group("rpc")

CJK = re.compile("[\u4e00-\u9fff]")
ROLES = ("cadre", "officer", "manager", "procurement", "expert")
# Request models (they inherit affairs.approval.mixin) and the states in which
# the demo has records.
REQUEST_MODELS = (
    "affairs.service.request",
    "affairs.vehicle.request",
    "affairs.vehicle.disposal",
    "affairs.space.request",
    "affairs.repair",
    "affairs.asset.transfer",
    "affairs.asset.inventory",
    "affairs.asset.disposal",
    "affairs.lease",
    "affairs.reception",
    "affairs.procurement.plan",
    "affairs.procurement.project",
)
WORKFLOW_FIELDS = (
    "state",
    "submitted_by_id",
    "submitted_date",
    "approved_by_id",
    "approved_date",
    "reject_reason",
)
REGISTERS = (
    ("affairs.asset", "acquisition_value", 1),
    ("affairs.room", "usable_area", 1),
    ("affairs.building", "name", "renamed"),
    ("fleet.vehicle", "affairs_purchase_price", 1),
    ("affairs.vehicle.quota", "quota", 99),
    ("affairs.procurement.expert", "conflict_partner_ids", [(5, 0, 0)]),
    ("affairs.designated.supplier", "date_to", "2026-01-01"),
)


def _approval_models(call):
    """Every model of the suite on the approval mechanism (it adds submitted_by_id),
    so that an addon added later is covered without being listed here."""
    rows = call(
        "ir.model.fields",
        "search_read",
        [("name", "=", "submitted_by_id"), ("model", "=like", "affairs.%")],
        ["model"],
    )
    return sorted({row["model"] for row in rows})


# Records a document owns that are not its lines: each has its own workflow
# (bids, challenges, expert draws, hand-overs, drills, meeting services).
EXECUTION_RECORDS = (
    "affairs.procurement.bid",
    "affairs.procurement.challenge",
    "affairs.procurement.expert.draw",
    "affairs.service.handover",
    "affairs.emergency.drill",
    "affairs.meeting.service.line",
    # Sign-ins are recorded (as superuser, by the QR code's page) while the
    # approved meeting is held.
    "affairs.meeting.attendance",
    "affairs.exception",
)


def _line_models(call):
    """(line model, field to its document, document model) for every line model
    of a document on the approval mechanism, found at run time: the line
    models declare affairs.approval.line.mixin (it adds affairs_line_locked)."""
    lines = {
        row["model"]
        for row in call(
            "ir.model.fields",
            "search_read",
            [("name", "=", "affairs_line_locked")],
            ["model"],
        )
    }
    rows = call(
        "ir.model.fields",
        "search_read",
        [
            ("ttype", "=", "one2many"),
            ("model", "in", _approval_models(call)),
            ("relation", "in", sorted(lines)),
        ],
        ["model", "relation", "relation_field"],
    )
    found = {(row["relation"], row["relation_field"], row["model"]) for row in rows}
    # a step of a level of a plan: the line names the plan through a related field
    return sorted(found)


def _installed(call, model):
    return bool(call("ir.model", "search", [("model", "=", model)]))


def _table(model):
    return model.replace(".", "_")


class Tally:
    def __init__(self):
        self.calls = self.refusals = self.server_errors = self.stored = 0
        self.examples = []
        self.last = ""

    def attempt(self, fn, *args, **kwargs):
        """Call; True when refused with a clean user error."""
        self.calls += 1
        try:
            fn(*args, **kwargs)
        except xmlrpc.client.Fault as fault:
            text = self.last = str(fault.faultString)
            # /xmlrpc/2 fault codes: 2 warning (UserError, ValidationError,
            # MissingError), 3 access denied, 4 access error; 1 is a server
            # error with its traceback.
            if fault.faultCode in (2, 3, 4) or text.startswith("warning --"):
                self.refusals += 1
                return True
            self.server_errors += 1
            self.examples.append(text.strip().splitlines()[-1][:200])
            return True
        return False


@pytest.fixture(scope="module")
def users(server):
    return {role: login(server, role) for role in ("admin", *ROLES)}


def test_reviews_are_sealed(server, users):
    _url, db = server
    tally = Tally()
    reviews = query(db, "SELECT id, model, res_id, status FROM tier_review ORDER BY id")
    assert reviews, "demo data has approval steps"
    review_id, model, res_id, status = reviews[0]
    definition = query(
        db, "SELECT definition_id FROM tier_review WHERE id = %s", [review_id]
    )[0][0]
    for role in ("admin", *ROLES):
        _uid, call = users[role]
        assert tally.attempt(
            call,
            "tier.review",
            "create",
            {
                "model": model,
                "res_id": res_id,
                "definition_id": definition,
                "status": "approved",
            },
        ), role
        assert tally.attempt(
            call,
            "tier.review",
            "write",
            [review_id],
            {"status": "approved", "done_by": users["manager"][0]},
        ), role
        assert tally.attempt(call, "tier.review", "unlink", [review_id]), role
        assert tally.attempt(
            call, model, "write", [res_id], {"review_ids": [(2, review_id)]}
        ), role
    assert (
        query(db, "SELECT status FROM tier_review WHERE id = %s", [review_id])[0][0]
        == status
    )
    # a cadre reads the reviews of its own agency's documents only
    _uid, cadre = users["cadre"]
    visible = cadre("tier.review", "search_read", [], ["model", "res_id"])
    for row in visible:
        cadre(row["model"], "read", [row["res_id"]], ["id"])  # readable, or Fault
    _uid, expert = users["expert"]
    assert not [
        r
        for r in expert("tier.review", "search_read", [], ["model"])
        if r["model"] != "affairs.procurement.project"
    ]
    print(
        f"\nreview forgery: {tally.calls} calls, {tally.refusals} refused, "
        f"{tally.server_errors} server errors"
    )
    assert tally.server_errors == 0, tally.examples


def test_transitions_only_through_actions(server, users):
    _url, db = server
    tally = Tally()
    _uid, admin = users["admin"]
    models = _approval_models(admin)
    assert set(REQUEST_MODELS) <= set(models), set(REQUEST_MODELS) - set(models)
    # Models whose demo has no record yet are listed, not silently passed.
    models = [
        m
        for m in models
        if query(db, "SELECT to_regclass(%s)", [_table(m)])[0][0]
        and query(db, f"SELECT 1 FROM {_table(m)} LIMIT 1")
    ]
    print(f"\napproval models tried: {len(models)}: {', '.join(models)}")
    created_before = {
        model: query(
            db, f"SELECT count(*) FROM {_table(model)} WHERE state != 'draft'"
        )[0][0]
        for model in models
    }
    for model in models:
        states = [
            value
            for value, _label in admin(
                model, "fields_get", ["state"], attributes=["selection"]
            )["state"]["selection"]
        ]
        rows = query(
            db,
            f"SELECT DISTINCT ON (state) id, state FROM {_table(model)} ORDER BY state, id",
        )
        assert rows, f"demo has {model} records"
        for record_id, state in rows:
            for role in ("admin", *ROLES):
                _uid, call = users[role]
                for target in [*states, False]:
                    if target == state:
                        continue
                    assert tally.attempt(
                        call, model, "write", [record_id], {"state": target}
                    ), (model, role, state, target)
                for name in WORKFLOW_FIELDS[1:]:
                    assert tally.attempt(
                        call, model, "write", [record_id], {name: False}
                    ), (model, role, name)
            assert (
                query(
                    db, f"SELECT state FROM {_table(model)} WHERE id = %s", [record_id]
                )[0][0]
                == state
            )
        for role in ("admin", *ROLES):
            _uid, call = users[role]
            for target in states:
                if target != "draft":
                    # refused by the guard, the access rights or a required field
                    tally.attempt(call, model, "create", {"state": target})
        count = query(
            db, f"SELECT count(*) FROM {_table(model)} WHERE state != 'draft'"
        )[0][0]
        assert count == created_before[model], (
            f"{model}: a non-draft record was created over RPC"
        )
    print(
        f"\ndirect state writes: {tally.calls} calls, {tally.refusals} refused, "
        f"{tally.server_errors} server errors"
    )
    assert tally.server_errors == 0, tally.examples[:5]


def test_advanced_documents_locked(server, users):
    """A text field of every submitted/approved/closed request does not move."""
    _url, db = server
    tally = Tally()
    _uid, admin = users["admin"]
    for model in REQUEST_MODELS:
        fields_ = admin(
            model, "fields_get", attributes=["type", "readonly", "store", "translate"]
        )
        texts = [
            name
            for name, f in sorted(fields_.items())
            if f["type"] in ("char", "text")
            and f.get("store")
            and not f["readonly"]
            and not f.get("translate")
            and name not in ("name", "rating_comment")
            and not name.startswith(
                ("letter_", "acceptance_", "return_", "method_change")
            )
        ]
        if not texts:
            continue
        name = texts[0]
        rows = query(
            db,
            f"SELECT id, state FROM {_table(model)} WHERE state NOT IN ('draft') ORDER BY id LIMIT 5",
        )
        for record_id, _state in rows:
            for role in ("admin", "cadre", "officer", "manager", "procurement"):
                _uid, call = users[role]
                assert tally.attempt(
                    call, model, "write", [record_id], {name: "forged"}
                ), (model, role, record_id)
        assert not query(db, f"SELECT id FROM {_table(model)} WHERE {name} = 'forged'")
    print(
        f"\npost-submission edits: {tally.calls} calls, {tally.refusals} refused, "
        f"{tally.server_errors} server errors"
    )
    assert tally.server_errors == 0, tally.examples[:5]


def test_every_line_model_declares_the_lock(server, users):
    """A one2many of a document whose records cannot live without it (required,
    cascade) is a list of lines: it must lock with the document."""
    _uid, admin = users["admin"]
    approval = _approval_models(admin)
    locked = {
        row["model"]
        for row in admin(
            "ir.model.fields",
            "search_read",
            [("name", "=", "affairs_line_locked")],
            ["model"],
        )
    }
    missing = []
    for row in admin(
        "ir.model.fields",
        "search_read",
        [("ttype", "=", "one2many"), ("model", "in", approval)],
        ["model", "name", "relation", "relation_field"],
    ):
        relation = row["relation"]
        if relation in approval or relation in EXECUTION_RECORDS or relation in locked:
            continue
        inverse = admin(
            "ir.model.fields",
            "search_read",
            [("model", "=", relation), ("name", "=", row["relation_field"])],
            ["required", "on_delete"],
        )
        if inverse and inverse[0]["required"] and inverse[0]["on_delete"] == "cascade":
            missing.append(f"{row['model']}.{row['name']} -> {relation}")
    print(
        f"\nline models locked with their document: {len(locked)}: {', '.join(sorted(locked))}"
    )
    assert len(locked) >= 10
    assert not missing, missing


def test_lines_of_advanced_documents_locked(server, users):
    """Lines of every submitted/approved/closed document: not created, deleted,
    moved or (by agency users) changed."""
    _url, db = server
    tally = Tally()
    _uid, admin = users["admin"]
    tried = 0
    for line_model, parent_field, parent_model in _line_models(admin):
        table, parent_table = _table(line_model), _table(parent_model)
        if not query(
            db,
            "SELECT 1 FROM information_schema.columns WHERE table_name = %s "
            "AND column_name = %s",
            [table, parent_field],
        ):
            continue
        rows = query(
            db,
            f"SELECT l.id, p.id FROM {table} l JOIN {parent_table} p "
            f"ON p.id = l.{parent_field} WHERE p.state != 'draft' ORDER BY l.id LIMIT 3",
        )
        draft = [
            r[0]
            for r in query(
                db,
                f"SELECT l.id FROM {table} l JOIN {parent_table} p "
                f"ON p.id = l.{parent_field} WHERE p.state = 'draft' "
                "ORDER BY l.id LIMIT 1",
            )
        ]
        fields_ = admin(
            line_model,
            "fields_get",
            attributes=["type", "readonly", "store", "related"],
        )
        numbers = [
            name
            for name, f in sorted(fields_.items())
            if f["type"] in ("integer", "float", "monetary")
            and f.get("store")
            and not f["readonly"]
            and not f.get("related")
            and name != "sequence"
        ]
        o2m = _o2m(admin, parent_model, line_model, parent_field)
        for line_id, parent_id in rows:
            tried += 1
            before = query(
                db,
                f"SELECT count(*) FROM {table} WHERE {parent_field} = %s",
                [parent_id],
            )
            for role in ("admin", *ROLES):
                _uid, call = users[role]
                assert tally.attempt(call, line_model, "unlink", [line_id]), (
                    line_model,
                    role,
                )
                assert tally.attempt(
                    call, line_model, "create", {parent_field: parent_id}
                ), (line_model, role)
                assert tally.attempt(
                    call, parent_model, "write", [parent_id], {o2m: [(2, line_id)]}
                ), (line_model, role)
                if draft:
                    assert tally.attempt(
                        call, line_model, "write", draft, {parent_field: parent_id}
                    ), (line_model, role)
                if role in ("cadre", "expert") and numbers:
                    assert tally.attempt(
                        call, line_model, "write", [line_id], {numbers[0]: 7654321}
                    ), (line_model, role, numbers[0])
            assert (
                query(
                    db,
                    f"SELECT count(*) FROM {table} WHERE {parent_field} = %s",
                    [parent_id],
                )
                == before
            ), line_model
            if numbers:
                assert (
                    query(
                        db, f"SELECT {numbers[0]} FROM {table} WHERE id = %s", [line_id]
                    )[0][0]
                    != 7654321
                )
    print(
        f"\nlines of advanced documents: {tried} lines, {tally.calls} calls, "
        f"{tally.refusals} refused, {tally.server_errors} server errors"
    )
    assert tried, "the demo has lines of submitted documents"
    assert tally.server_errors == 0, tally.examples[:5]


def _o2m(call, parent_model, line_model, parent_field):
    rows = call(
        "ir.model.fields",
        "search_read",
        [
            ("model", "=", parent_model),
            ("ttype", "=", "one2many"),
            ("relation", "=", line_model),
            ("relation_field", "=", parent_field),
        ],
        ["name"],
    )
    return rows[0]["name"]


def test_registers_read_only_for_agency_users(server, users):
    tally = Tally()
    _uid, admin = users["admin"]
    for model, field, value in REGISTERS:
        if not _installed(admin, model):
            continue
        for role in ("cadre", "expert"):
            _uid, call = users[role]
            ids = admin(model, "search", [], limit=1)
            assert ids
            assert tally.attempt(call, model, "write", ids, {field: value}), (
                model,
                role,
            )
            assert tally.attempt(call, model, "unlink", ids), (model, role)
    # the procurement executor never edits the expert pool (conflicts of interest)
    # nor the designated suppliers
    _uid, executor = users["procurement"]
    for model in ("affairs.procurement.expert", "affairs.designated.supplier"):
        ids = admin(model, "search", [], limit=1)
        vals = (
            {"conflict_partner_ids": [(5, 0, 0)]}
            if model.endswith("expert")
            else {"date_to": "2026-01-01"}
        )
        assert tally.attempt(executor, model, "write", ids, vals), model
    print(f"\nregister edits: {tally.calls} calls, {tally.refusals} refused")
    assert tally.server_errors == 0, tally.examples[:5]


def test_boundaries_and_separation(server, users):
    _url, db = server
    tally = Tally()
    _uid, admin = users["admin"]
    _uid, cadre = users["cadre"]
    other = admin(
        "hr.department",
        "search",
        [("is_affairs_agency", "=", True), ("name", "=", "市教育局")],
        limit=1,
    )
    assert other
    category = admin("affairs.service.category", "search", [], limit=1)
    assert tally.attempt(
        cadre,
        "affairs.service.request",
        "create",
        {
            "title": "RPC: other agency",
            "category_id": category[0],
            "agency_id": other[0],
        },
    )
    own = cadre(
        "affairs.service.request",
        "create",
        {"title": "RPC: own", "category_id": category[0]},
    )
    assert tally.attempt(
        cadre, "affairs.service.request", "write", [own], {"agency_id": other[0]}
    )
    company = admin("res.company", "create", {"name": "RPC Other Bureau"})
    assert tally.attempt(
        cadre, "affairs.service.request", "write", [own], {"company_id": company}
    )
    assert (
        query(
            db,
            "SELECT agency_id, company_id FROM affairs_service_request WHERE id = %s",
            [own],
        )[0][0]
        != other[0]
    )
    # the executor never approves plans or projects
    _uid, executor = users["procurement"]
    for model in ("affairs.procurement.plan", "affairs.procurement.project"):
        ids = [
            r[0]
            for r in query(
                db, f"SELECT id FROM {_table(model)} WHERE state = 'submitted'"
            )
        ]
        for record_id in ids:
            assert tally.attempt(executor, model, "action_approve", [record_id])
        # the panel is drawn, never chosen
        if model.endswith("project"):
            experts = admin("affairs.procurement.expert", "search", [], limit=3)
            for record_id in [
                r[0] for r in query(db, "SELECT id FROM affairs_procurement_project")
            ]:
                assert tally.attempt(
                    executor,
                    model,
                    "write",
                    [record_id],
                    {"expert_ids": [(6, 0, experts)]},
                )
    print(f"\nboundaries and separation: {tally.calls} calls, {tally.refusals} refused")
    assert tally.server_errors == 0, tally.examples[:5]


def test_relations_refuse_other_company(server, users):
    """Relation fields of the suite's documents refuse records of another
    company (check_company): agencies, employees, buildings of company B on a
    draft of company A."""
    _url, db = server
    tally = Tally()
    _uid, admin = users["admin"]
    admin_id = users["admin"][0]
    company = admin("res.company", "create", {"name": "RPC Company B"})
    main = admin("res.users", "read", [admin_id], ["company_id"])[0]["company_id"][0]
    admin("res.users", "write", [admin_id], {"company_ids": [(4, company)]})
    ctx = {"allowed_company_ids": [main, company]}
    foreign = {
        # a plain department: an agency would open an analytic account
        "hr.department": admin(
            "hr.department",
            "create",
            {"name": "B局", "company_id": company},
            context=ctx,
        ),
        "hr.employee": admin(
            "hr.employee",
            "create",
            {"name": "B员工", "company_id": company},
            context=ctx,
        ),
    }
    if _installed(admin, "affairs.building"):
        foreign["affairs.building"] = admin(
            "affairs.building",
            "create",
            {"name": "B楼", "company_id": company},
            context=ctx,
        )
    tried = set()
    for model in _approval_models(admin):
        ids = _draft_record(db, model)
        if not ids:
            continue
        fields_ = admin(
            model,
            "fields_get",
            attributes=["type", "relation", "readonly", "store", "related"],
        )
        for name, field in sorted(fields_.items()):
            if (
                field["type"] != "many2one"
                or field.get("relation") not in foreign
                or field["readonly"]
                or not field.get("store")
                or field.get("related")
            ):
                continue
            for role in ("officer", "manager"):
                _uid, call = users[role]
                assert tally.attempt(
                    call, model, "write", ids, {name: foreign[field["relation"]]}
                ), (model, name, role)
            assert (
                query(db, f"SELECT {name} FROM {_table(model)} WHERE id = %s", ids)[0][
                    0
                ]
                != foreign[field["relation"]]
            ), (model, name)
            tried.add(f"{model}.{name}")
    print(
        f"\nforeign-company links: {len(tried)} fields, {tally.calls} calls, "
        f"{tally.refusals} refused, {tally.server_errors} server errors"
    )
    assert len(tried) >= 15, sorted(tried)
    assert tally.server_errors == 0, tally.examples[:5]


def test_bad_arguments_to_public_methods(server, users):
    _url, db = server
    tally = Tally()
    _uid, officer = users["officer"]
    _uid, manager = users["manager"]
    approved = [
        r[0]
        for r in query(
            db,
            "SELECT id FROM affairs_vehicle_request WHERE state = 'approved' LIMIT 1",
        )
    ]
    on_road = [
        r[0]
        for r in query(
            db,
            "SELECT id FROM affairs_vehicle_request WHERE state IN ('dispatched', 'in_use') LIMIT 1",
        )
    ]
    submitted = [
        r[0]
        for r in query(
            db,
            "SELECT id FROM affairs_service_request WHERE state = 'submitted' LIMIT 1",
        )
    ]
    for bad in ("x", -1, 2**31 - 1, 1.5, [1, 2]):
        if approved:
            assert tally.attempt(
                officer,
                "affairs.vehicle.request",
                "action_dispatch",
                approved,
                bad,
                bad,
            ), bad
    for bad in ("x", -1, 2**31 - 1, 1e308, [], {}):
        if on_road:
            assert tally.attempt(
                officer, "affairs.vehicle.request", "action_return", on_road, bad
            ), bad
    for bad in ("", "   ", -1, 2**31 - 1, [], {}, 1.5, None, "x" * 20000):
        if submitted:
            assert tally.attempt(
                manager, "affairs.service.request", "action_reject", submitted, bad
            ), bad
    print(
        f"\nbad arguments: {tally.calls} calls, {tally.refusals} refused, "
        f"{tally.server_errors} server errors {tally.examples[:3]}"
    )
    assert tally.server_errors == 0, tally.examples[:5]


def _suite_modules(call):
    return [
        row["name"]
        for row in call(
            "ir.module.module",
            "search_read",
            [
                ("state", "=", "installed"),
                "|",
                ("name", "=like", "affairs_%"),
                ("name", "=like", "l10n_cn_gov%"),
            ],
            ["name"],
        )
    ]


def _suite_fields(call, db):
    """{model: {field: type}}: the fields the suite's addons define, on models
    with a table (found at run time, so that a new addon is swept too)."""
    modules = _suite_modules(call)
    rows = call(
        "ir.model.fields",
        "search_read",
        [
            ("ttype", "in", list(SWEEP_VALUES)),
            ("store", "=", True),
            ("readonly", "=", False),
            ("related", "=", False),
            ("model_id.transient", "=", False),
        ],
        ["model", "name", "ttype", "modules"],
    )
    found = {}
    for row in rows:
        if not set((row["modules"] or "").replace(" ", "").split(",")) & set(modules):
            continue
        if row["model"] in SWEEP_SKIP_MODELS:
            continue
        found.setdefault(row["model"], {})[row["name"]] = row["ttype"]
    return {
        model: names
        for model, names in found.items()
        if query(db, "SELECT to_regclass(%s)", [_table(model)])[0][0]
    }


FAR = ["9999-12-31", "1900-01-01"]
SWEEP_VALUES = {
    "integer": [-1, 2**31 - 1, "x", 1.5],
    "float": [-1.0, 1e308, "x"],
    "monetary": [-1.0, 1e308, "x"],
    "date": [*FAR, "x", 12345],
    "datetime": [v + " 00:00:00" for v in FAR],
    "char": ["x" * 100001, 12345],
    "selection": ["__bogus__", 12345],
}
# Core models the suite extends whose records are not the suite's documents:
# their own fields keep their core behaviour (users, companies, accounting).
SWEEP_SKIP_MODELS = (
    "res.users",
    "res.company",
    "res.config.settings",
    "ir.module.module",
)
# Fields that may hold negative values (differences, changes, balances).
SIGNED = (
    "difference",
    "change",
    "balance",
    "adjust",
    "delta",
    "variance",
    "rate",
    "sequence",
    "longitude",
    "latitude",
    "saving",
    "priority",
    "color",
)


def _draft_record(db, model):
    """A record to write on: a draft one where the model has a workflow."""
    table = _table(model)
    if not query(db, "SELECT to_regclass(%s)", [table])[0][0]:
        return []  # an abstract model (the mixins)
    has_state = query(
        db,
        "SELECT 1 FROM information_schema.columns WHERE table_name = %s "
        "AND column_name = 'state'",
        [table],
    )
    where = (
        "WHERE state = 'draft'" if has_state and model.startswith("affairs.") else ""
    )
    ids = [
        r[0]
        for r in query(db, f"SELECT id FROM {table} {where} ORDER BY id DESC LIMIT 1")
    ]
    return ids


def test_bad_input_sweep(server, users):
    """Every number, date, text and selection field the suite defines, on every
    model with a table, as the manager on one (draft) record each: refusals
    are clean messages in zh_CN, and bad numbers and dates are not stored."""
    _url, db = server
    tally = Tally()
    _uid, manager = users["manager"]
    _uid, admin = users["admin"]
    stored, untranslated = [], []
    zh_cn = {"context": {"lang": "zh_CN"}}
    if not admin("res.lang", "search", [("code", "=", "zh_CN")]):
        lang = admin(
            "res.lang",
            "search",
            [("code", "=", "zh_CN"), ("active", "in", [True, False])],
        )
        wizard = admin("base.language.install", "create", {"lang_ids": [(6, 0, lang)]})
        admin("base.language.install", "lang_install", [wizard])
    models = _suite_fields(admin, db)
    for model, names in sorted(models.items()):
        ids = _draft_record(db, model)
        if not ids:
            continue
        for name, kind in sorted(names.items()):
            for value in SWEEP_VALUES[kind]:
                before = tally.server_errors
                if tally.attempt(manager, model, "write", ids, {name: value}, **zh_cn):
                    if tally.server_errors > before:
                        tally.examples[-1] = (
                            f"{model}.{name}={str(value)[:20]}: {tally.examples[-1]}"
                        )
                    elif not CJK.search(tally.last):
                        untranslated.append(f"{model}.{name}: {tally.last[-120:]}")
                    continue
                bad = (
                    kind in ("integer", "float", "monetary")
                    and not isinstance(value, str)
                    and (
                        abs(value) > (1e9 if kind == "integer" else 1e12)
                        or (value < 0 and not any(part in name for part in SIGNED))
                    )
                ) or kind in ("date", "datetime")
                if bad:
                    stored.append(f"{model}.{name}={value}")
                    tally.stored += 1
    print(
        f"\nbad-input sweep over {len(models)} models: {tally.calls} calls, "
        f"{tally.refusals} refused, {tally.server_errors} server errors, "
        f"{tally.stored} bad values stored"
    )
    for line in stored[:300]:
        print("    stored:", line)
    for line in tally.examples[:100]:
        print("    server error:", line)
    for line in untranslated[:50]:
        print("    refusal not in zh_CN:", line)
    assert tally.server_errors == 0, tally.examples[:10]
    assert not stored, stored[:20]
    assert not untranslated, untranslated[:10]
