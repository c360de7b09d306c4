# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.addons.base.models.ir_model import MODULE_UNINSTALL_FLAG

MODULE = "affairs_property"


def _own_models(env):
    """Models (with a table) declared by this module alone."""
    data = env["ir.model.data"].search(
        [("module", "=", MODULE), ("model", "=", "ir.model")]
    )
    names = []
    for model in env["ir.model"].browse(data.mapped("res_id")).exists():
        others = env["ir.model.data"].search_count(
            [
                ("model", "=", "ir.model"),
                ("res_id", "=", model.id),
                ("module", "!=", MODULE),
            ]
        )
        Model = env.registry.get(model.model)
        if not others and Model is not None and not Model._abstract and Model._auto:
            names.append(model.model)
    return names


def _children_first(env, names):
    """``names`` ordered so that a model comes before those it refers to."""
    refers = {
        name: {
            field.comodel_name
            for field in env[name]._fields.values()
            if field.type == "many2one"
            and field.store
            and field.comodel_name in names
            and field.comodel_name != name
        }
        for name in names
    }
    ordered, placed = [], set()
    while len(ordered) < len(names):
        # A model goes once every model referring to it is placed.
        ready = [
            name
            for name in names
            if name not in placed
            and all(name not in refers[other] or other in placed for other in names)
        ] or [next(name for name in names if name not in placed)]  # cycle: break it
        for name in ready:
            ordered.append(name)
            placed.add(name)
    return ordered


def uninstall_hook(env):
    """Delete the module's records through the ORM before Odoo removes them.

    Documents refer to rooms, buildings and classes that are data records of
    the module, with required many2ones (ON DELETE RESTRICT): deleting every
    record of the module's own models, children first, lets the data go.
    The ORM's ``unlink`` takes their messages, followers, activities,
    attachments, tier reviews and rule exceptions with them; guards that
    keep submitted requests (``at_uninstall=False``) do not apply here.
    """
    env = env(
        context=dict(env.context, active_test=False, **{MODULE_UNINSTALL_FLAG: True})
    )
    for name in _children_first(env, _own_models(env)):
        # sudo: uninstalling removes every record, whoever may see it.
        env[name].sudo().search([]).unlink()
