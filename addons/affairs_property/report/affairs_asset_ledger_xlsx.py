# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.tools import SQL


class AffairsAssetLedgerXlsx(models.AbstractModel):
    """Asset ledger (资产台账) in Excel.

    The rows are read with one SQL query joining the custodian, location
    and accounting values, and the few classes and agencies are read once:
    the number of queries does not grow with the number of assets.
    """

    _name = "report.affairs_property.asset_ledger_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "Asset Ledger (Excel)"

    def _affairs_ledger(self, objs):
        env = self.env
        columns = [
            (env._("Card No."), "text", 16),
            (env._("Asset"), "text", 28),
            (env._("Class"), "text", 24),
            (env._("Model / Specification"), "text", 18),
            (env._("Quantity"), "int", 8),
            (env._("Agency"), "text", 24),
            (env._("Custodian"), "text", 12),
            (env._("Location"), "text", 14),
            (env._("Acquired On"), "date", 12),
            (env._("Original Value"), "money", 14),
            (env._("Accumulated Depreciation"), "money", 14),
            (env._("Net Book Value"), "money", 14),
            (env._("Funding Source"), "text", 16),
            (env._("Status"), "text", 14),
        ]
        Asset = env["affairs.asset"]
        states = dict(Asset._fields["state"]._description_selection(env))
        funding = dict(Asset._fields["funding_source"]._description_selection(env))
        records = self._affairs_fetch(objs)
        categories = {
            category.id: category.display_name
            for category in env["affairs.asset.category"].browse(
                {row[2] for row in records if row[2]}
            )
        }
        agencies = {
            agency.id: agency.name
            for agency in env["hr.department"].browse(
                {row[5] for row in records if row[5]}
            )
        }
        rows = [
            (
                card,
                name,
                categories.get(category_id),
                spec,
                quantity,
                agencies.get(agency_id),
                custodian,
                location,
                date,
                value,
                depreciated or 0.0,
                value - (depreciated or 0.0),
                funding.get(source),
                states.get(state),
            )
            for (
                card,
                name,
                category_id,
                spec,
                quantity,
                agency_id,
                custodian,
                location,
                date,
                value,
                depreciated,
                source,
                state,
            ) in records
        ]
        return env._("Asset Ledger"), columns, rows

    def _affairs_fetch(self, objs):
        if not objs:
            return []
        objs.check_access("read")
        objs.flush_model()
        self.env["account.asset"].flush_model(["value_depreciated"])
        return self.env.execute_query(
            SQL(
                """
                SELECT a.card_number, a.name, a.category_id, a.model_spec, a.quantity,
                       a.agency_id, e.name,
                       CONCAT_WS('-', b.code, r.name),
                       a.acquisition_date, a.acquisition_value,
                       aa.value_depreciated, a.funding_source, a.state
                  FROM affairs_asset a
             LEFT JOIN hr_employee e ON e.id = a.custodian_id
             LEFT JOIN affairs_room r ON r.id = a.room_id
             LEFT JOIN affairs_building b ON b.id = r.building_id
             LEFT JOIN account_asset aa ON aa.id = a.account_asset_id
                 WHERE a.id = ANY(%s)
              ORDER BY a.card_number
                """,
                list(objs.ids),
            )
        )
