# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..models.affairs_budget import YEAR_MAX, YEAR_MIN

# Order of the statement's columns; "vehicle" is purchase + running.
ITEMS = ("outbound", "vehicle_purchase", "vehicle_running", "reception")
RECEPTION_DONE_STATES = ("approved", "in_progress", "done", "settled")


class AffairsSangongStatement(models.TransientModel):
    """The 三公经费 statement of a year, per agency and compound-wide.

    Budgets are the approved lines (with adjustments) of the classifications
    flagged with a 三公 item; final figures are posted journal items of the
    agencies' analytic accounts on those classifications. Counts come from
    the function addons that are installed, read defensively.
    """

    _name = "affairs.sangong.statement"
    _description = "三公经费 Statement"

    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    agency_ids = fields.Many2many(
        "hr.department",
        string="Agencies",
        domain="[('is_affairs_agency', '=', True)]",
        help="Leave empty for every agency of the compound.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    @api.constrains("year")
    def _check_year(self):
        for statement in self:
            if not YEAR_MIN <= statement.year <= YEAR_MAX:
                raise ValidationError(
                    self.env._(
                        "Choose a year between %(min)s and %(max)s.",
                        min=YEAR_MIN,
                        max=YEAR_MAX,
                    )
                )

    def _affairs_agencies(self):
        self.ensure_one()
        return self.agency_ids or self.env["hr.department"].search(
            [
                ("is_affairs_agency", "=", True),
                ("company_id", "in", [self.company_id.id, False]),
            ]
        )

    def _affairs_statement_data(self):
        """{"rows": [per agency], "total": compound row}; a constant number
        of queries whatever the number of agencies."""
        self.ensure_one()
        agencies = self._affairs_agencies()
        year = self.year
        budget = self._affairs_budget_figures(agencies, year)
        actual = self._affairs_actual_figures(agencies, year)
        counts = self._affairs_counts(agencies, year)
        rows = []
        for agency in agencies:
            rows.append(
                self._affairs_row(
                    agency.display_name, agency.id, budget, actual, counts
                )
            )
        total = self._affairs_sum_rows(rows)
        return {"year": year, "rows": rows, "total": total}

    def _affairs_row(self, name, agency_id, budget, actual, counts):
        items = {}
        for item in ITEMS:
            final = actual.get((agency_id, item, self.year), 0.0)
            last = actual.get((agency_id, item, self.year - 1), 0.0)
            items[item] = {
                "budget": budget.get((agency_id, item), 0.0),
                "final": final,
                "last": last,
                "change": final - last,
                "change_pct": 100.0 * (final - last) / last if last else 0.0,
            }
        row = {"name": name, "items": items, "counts": counts.get(agency_id, {})}
        row["vehicle"] = self._affairs_sum_items(
            [items["vehicle_purchase"], items["vehicle_running"]]
        )
        row["total"] = self._affairs_sum_items(list(items.values()))
        return row

    @api.model
    def _affairs_sum_items(self, items):
        result = {
            key: sum(item[key] for item in items) for key in ("budget", "final", "last")
        }
        result["change"] = result["final"] - result["last"]
        result["change_pct"] = (
            100.0 * result["change"] / result["last"] if result["last"] else 0.0
        )
        return result

    def _affairs_sum_rows(self, rows):
        items = {
            item: self._affairs_sum_items([row["items"][item] for row in rows])
            for item in ITEMS
        }
        counts = defaultdict(int)
        for row in rows:
            for key, value in row["counts"].items():
                counts[key] += value
        return {
            "name": self.env._("Compound total"),
            "items": items,
            "counts": dict(counts),
            "vehicle": self._affairs_sum_items(
                [items["vehicle_purchase"], items["vehicle_running"]]
            ),
            "total": self._affairs_sum_items(list(items.values())),
        }

    def _affairs_budget_figures(self, agencies, year):
        # sudo: the statement sums every agency's approved budget, whoever compiles it.
        groups = (
            self.env["affairs.budget.line"]
            .sudo()
            ._read_group(
                [
                    ("state", "=", "approved"),
                    ("year", "=", year),
                    ("agency_id", "in", agencies.ids),
                    ("classification_id.sangong_item", "!=", False),
                ],
                ["agency_id", "classification_id"],
                ["amount:sum"],
            )
        )
        result = defaultdict(float)
        for agency, classification, amount in groups:
            result[(agency.id, classification.sangong_item)] += amount
        return result

    def _affairs_actual_figures(self, agencies, year):
        # sudo: budget officers need not read journal items; only the totals are shown.
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("parent_state", "=", "posted"),
                    ("affairs_budget_agency_id", "in", agencies.ids),
                    ("affairs_budget_classification_id.sangong_item", "!=", False),
                    ("date", ">=", date(year - 1, 1, 1)),
                    ("date", "<=", date(year, 12, 31)),
                ],
                [
                    "affairs_budget_agency_id",
                    "affairs_budget_classification_id",
                    "date:year",
                ],
                ["balance:sum"],
            )
        )
        result = defaultdict(float)
        for agency, classification, year_start, balance in groups:
            key = (agency.id, classification.sangong_item, year_start.year)
            result[key] += balance
        return result

    def _affairs_counts(self, agencies, year):
        """Groups, persons, vehicles, receptions, guests per agency id."""
        counts = defaultdict(lambda: defaultdict(int))
        start, end = date(year, 1, 1), date(year, 12, 31)
        # sudo: the statement counts every agency's outbound trips, whoever compiles it.
        for agency, count, persons in (
            self.env["affairs.outbound.trip"]
            .sudo()
            ._read_group(
                [
                    ("state", "=", "approved"),
                    ("agency_id", "in", agencies.ids),
                    ("date_start", ">=", start),
                    ("date_start", "<=", end),
                ],
                ["agency_id"],
                ["__count", "member_count:sum"],
            )
        ):
            counts[agency.id]["outbound_groups"] = count
            counts[agency.id]["outbound_persons"] = persons
        Vehicle = self.env.get("fleet.vehicle")
        if Vehicle is not None and "affairs_agency_id" in Vehicle._fields:
            # sudo: counting vehicles needs no fleet rights.
            Vehicle = Vehicle.sudo()
            for agency, count in Vehicle._read_group(
                [("affairs_agency_id", "in", agencies.ids)],
                ["affairs_agency_id"],
                ["__count"],
            ):
                counts[agency.id]["vehicles_held"] = count
            for agency, count in Vehicle._read_group(
                [
                    ("affairs_agency_id", "in", agencies.ids),
                    ("acquisition_date", ">=", start),
                    ("acquisition_date", "<=", end),
                ],
                ["affairs_agency_id"],
                ["__count"],
            ):
                counts[agency.id]["vehicles_bought"] = count
        Reception = self.env.get("affairs.reception")
        if Reception is not None:
            # sudo: the statement counts every agency's receptions.
            for agency, count, guests in Reception.sudo()._read_group(
                [
                    ("state", "in", RECEPTION_DONE_STATES),
                    ("host_agency_id", "in", agencies.ids),
                    ("date_arrival", ">=", start),
                    ("date_arrival", "<", date(year + 1, 1, 1)),
                ],
                ["host_agency_id"],
                ["__count", "guest_count:sum"],
            ):
                counts[agency.id]["receptions"] = count
                counts[agency.id]["guests"] = guests
        return counts

    def action_print_pdf(self):
        """Print the statement (QWeb PDF)."""
        return self.env.ref(
            "affairs_budget.action_report_sangong_statement"
        ).report_action(self)

    def action_print_xlsx(self):
        """Export the statement to Excel."""
        return self.env.ref(
            "affairs_budget.action_report_sangong_statement_xlsx"
        ).report_action(self)
