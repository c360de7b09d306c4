# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsSangongStatementXlsx(models.AbstractModel):
    """The 三公经费 statement as an Excel sheet."""

    _name = "report.affairs_budget.sangong_statement_xlsx"
    _inherit = "report.affairs_base.xlsx_ledger"
    _description = "三公经费 Statement (Excel)"

    def _affairs_ledger(self, objs):
        statement = objs[:1]
        data = statement._affairs_statement_data()
        _ = self.env._
        labels = [
            ("total", _("三公经费 total")),
            ("outbound", _("Outbound travel")),
            ("vehicle", _("Official vehicles")),
            ("vehicle_purchase", _("Vehicle purchase")),
            ("vehicle_running", _("Vehicle running")),
            ("reception", _("Official reception")),
        ]
        columns = [(_("Agency"), "text", 28)]
        for _key, label in labels:
            columns += [
                (_("%s budget", label), "money", 14),
                (_("%s final", label), "money", 14),
                (_("%s last year", label), "money", 14),
                (_("%s change (%%)", label), "percent", 12),
            ]
        count_keys = [
            ("outbound_groups", _("Outbound groups")),
            ("outbound_persons", _("Outbound persons")),
            ("vehicles_held", _("Vehicles held")),
            ("vehicles_bought", _("Vehicles bought")),
            ("receptions", _("Receptions")),
            ("guests", _("Guests")),
        ]
        columns += [(label, "int", 10) for _key, label in count_keys]
        rows = []
        for row in data["rows"] + [data["total"]]:
            values = [row["name"]]
            for key, _label in labels:
                figures = row[key] if key in ("total", "vehicle") else row["items"][key]
                values += [
                    figures["budget"],
                    figures["final"],
                    figures["last"],
                    figures["change_pct"],
                ]
            values += [row["counts"].get(key, 0) for key, _label in count_keys]
            rows.append(values)
        title = _("三公经费 Statement %s", data["year"])
        return title, columns, rows
