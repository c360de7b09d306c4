"""Each addon installs alone, uninstalls leaving nothing behind, and reinstalls."""

import ast

from conftest import PREFIX, REPO, query

FOOTPRINT_MODELS = (
    "ir.model",
    "ir.model.fields",
    "ir.ui.menu",
    "ir.ui.view",
    "ir.model.access",
    "ir.rule",
    "ir.actions.act_window",
    "ir.actions.report",
    "res.groups",
)


def affairs_dependencies(addon):
    """The affairs addons ``addon`` needs, itself included."""
    manifest = ast.literal_eval(
        (REPO / "addons" / addon / "__manifest__.py").read_text()
    )
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


def own_columns(db, addon):
    """Tables of the models ``addon`` creates and columns of the fields it adds
    (only those no other installed module also declares)."""
    rows = query(
        db,
        """SELECT m.model, f.name, f.store, f.ttype FROM ir_model_fields f
           JOIN ir_model m ON m.id = f.model_id
           JOIN ir_model_data d ON d.model = 'ir.model.fields' AND d.res_id = f.id AND d.module = %s
           WHERE NOT EXISTS (SELECT 1 FROM ir_model_data o JOIN ir_module_module mm ON mm.name = o.module
                             WHERE o.model = 'ir.model.fields' AND o.res_id = f.id AND o.module != %s
                             AND mm.state = 'installed')""",
        [addon, addon],
    )
    wanted = {
        (model.replace(".", "_"), name)
        for model, name, store, ttype in rows
        if store and ttype not in ("one2many", "many2many")
    }
    existing = query(
        db,
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    )
    return sorted(set(existing) & wanted)


def own_models_without_access(db, addon):
    """Models (with a table) only ``addon`` declares that have no access rule."""
    return query(
        db,
        """SELECT m.model FROM ir_model m
           JOIN ir_model_data d ON d.model = 'ir.model' AND d.res_id = m.id AND d.module = %s
           WHERE NOT EXISTS (SELECT 1 FROM ir_model_data o WHERE o.model = 'ir.model' AND o.res_id = m.id
                             AND o.module != %s)
             AND EXISTS (SELECT 1 FROM pg_tables t WHERE t.tablename = replace(m.model, '.', '_'))
           EXCEPT SELECT m.model FROM ir_model m JOIN ir_model_access a ON a.model_id = m.id""",
        [addon, addon],
    )


def own_model_names(db, addon):
    """Models only ``addon`` declares (not those it extends)."""
    rows = query(
        db,
        """SELECT m.model FROM ir_model m
           JOIN ir_model_data d ON d.model = 'ir.model' AND d.res_id = m.id AND d.module = %s
           WHERE NOT EXISTS (SELECT 1 FROM ir_model_data o WHERE o.model = 'ir.model' AND o.res_id = m.id
                             AND o.module != %s)""",
        [addon, addon],
    )
    return tuple(model for (model,) in rows) or ("-",)


def traces_left(db, models):
    """Messages, followers, attachments and reviews of ``models`` still stored."""
    queries = {
        "mail_message": "SELECT count(*) FROM mail_message WHERE model IN %s",
        "mail_followers": "SELECT count(*) FROM mail_followers WHERE res_model IN %s",
        "ir_attachment": "SELECT count(*) FROM ir_attachment WHERE res_model IN %s",
        "tier_review": "SELECT count(*) FROM tier_review WHERE model IN %s",
    }
    # An addon outside affairs_base's tree (the chart) may have no mail or tier tables.
    counts = {
        table: query(db, sql, [models])[0][0]
        for table, sql in queries.items()
        if query(db, "SELECT to_regclass(%s)", [table])[0][0]
    }
    return {table: count for table, count in counts.items() if count}


def installed_affairs_modules(db):
    """Installed modules of this repository (addons/), whatever their prefix."""
    ours = tuple(
        sorted(path.parent.name for path in (REPO / "addons").glob("*/__manifest__.py"))
    )
    rows = query(
        db,
        "SELECT name FROM ir_module_module WHERE state = 'installed' AND name IN %s",
        [ours],
    )
    return {name for (name,) in rows}


def test_install_alone_uninstall_reinstall(odoo, clone_db, addon):
    db = clone_db(f"{PREFIX}_{addon}")
    if db is None:  # phase 1 did not build it: install from an empty database
        db = clone_db.new()
        odoo.install(db, addon)
    assert installed_affairs_modules(db) == affairs_dependencies(addon), (
        "installed alone with its dependencies"
    )
    before = footprint(db, addon)
    columns = own_columns(db, addon)
    assert own_models_without_access(db, addon) == [], (
        "every model of the addon has access rights"
    )

    models = own_model_names(db, addon)
    odoo.uninstall(db, addon)
    assert query(db, "SELECT state FROM ir_module_module WHERE name = %s", [addon]) == [
        ("uninstalled",)
    ]
    assert traces_left(db, models) == {}, (
        "no message, follower, attachment or review left behind"
    )
    assert footprint(db, addon) == {}, (
        "no model, menu, view, action, access rule or group left behind"
    )
    existing = set(
        query(
            db,
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
        )
    )
    assert not existing & set(columns), "no table or column of the addon is left behind"

    odoo.install(db, addon)
    assert query(db, "SELECT state FROM ir_module_module WHERE name = %s", [addon]) == [
        ("installed",)
    ]
    assert footprint(db, addon) == before
    assert own_columns(db, addon) == columns
