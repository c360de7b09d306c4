"""Each addon installs alone, uninstalls leaving nothing behind, and reinstalls."""
import ast

from conftest import PREFIX, REPO, query

FOOTPRINT_MODELS = ("ir.model", "ir.ui.menu", "ir.ui.view", "ir.model.access", "ir.rule", "ir.actions.act_window",
                    "ir.actions.report", "res.groups")


def affairs_dependencies(addon):
    """The affairs addons ``addon`` needs, itself included."""
    manifest = ast.literal_eval((REPO / "addons" / addon / "__manifest__.py").read_text())
    found = {addon}
    for dependency in manifest.get("depends", []):
        if (REPO / "addons" / dependency).is_dir():
            found |= affairs_dependencies(dependency)
    return found


def footprint(db, addon):
    rows = query(
        db,
        "SELECT model, count(*) FROM ir_model_data WHERE module = %s AND model IN %s GROUP BY model",
        [addon, FOOTPRINT_MODELS],
    )
    return dict(rows)


def own_tables(db, addon):
    rows = query(
        db,
        """SELECT m.model FROM ir_model m JOIN ir_model_data d ON d.model = 'ir.model' AND d.res_id = m.id
           WHERE d.module = %s""",
        [addon],
    )
    tables = [model.replace(".", "_") for (model,) in rows]
    existing = query(db, "SELECT tablename FROM pg_tables WHERE tablename = ANY(%s)", [tables])
    return sorted(name for (name,) in existing)


def installed_affairs_modules(db):
    rows = query(db, "SELECT name FROM ir_module_module WHERE state = 'installed' AND name LIKE 'affairs%%'")
    return {name for (name,) in rows}


def test_install_alone_uninstall_reinstall(odoo, clone_db, addon):
    db = clone_db(f"{PREFIX}_{addon}")
    if db is None:  # phase 1 did not build it: install from an empty database
        db = clone_db.new()
        odoo.install(db, addon)
    assert installed_affairs_modules(db) == affairs_dependencies(addon), "installed alone with its dependencies"
    before = footprint(db, addon)
    tables = own_tables(db, addon)
    assert before.get("ir.model.access"), f"{addon} ships access rights"

    odoo.uninstall(db, addon)
    assert query(db, "SELECT state FROM ir_module_module WHERE name = %s", [addon]) == [("uninstalled",)]
    assert footprint(db, addon) == {}, "no model, menu, view, action, access rule or group left behind"
    if tables:
        left = query(db, "SELECT tablename FROM pg_tables WHERE tablename = ANY(%s)", [tables])
        assert left == [], f"tables left behind: {left}"

    odoo.install(db, addon)
    assert query(db, "SELECT state FROM ir_module_module WHERE name = %s", [addon]) == [("installed",)]
    assert footprint(db, addon) == before
    assert own_tables(db, addon) == tables
