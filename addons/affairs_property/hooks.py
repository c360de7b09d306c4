# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tools import SQL

# Documents created by users (no external id), children first. They refer to
# rooms, buildings and classes that are data records of the module: removing
# them first lets the uninstallation delete those records without hitting
# foreign keys (required many2ones are ON DELETE RESTRICT).
DOCUMENT_TABLES = (
    "affairs_space_request_line",
    "affairs_space_request",
    "affairs_repair",
    "affairs_asset_inventory_line",
    "affairs_asset_disposal",
    "affairs_asset_inventory",
    "affairs_asset_transfer",
    "affairs_lease_line",
    "affairs_lease",
    "affairs_room_assignment",
)


def uninstall_hook(env):
    for table in DOCUMENT_TABLES:
        env.cr.execute(SQL("DELETE FROM %s", SQL.identifier(table)))
    # Asset cards created by users; demo cards go with their external ids.
    env.cr.execute(
        SQL(
            """DELETE FROM affairs_asset WHERE id NOT IN (
                   SELECT res_id FROM ir_model_data WHERE model = 'affairs.asset')"""
        )
    )
