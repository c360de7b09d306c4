# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import fields, models


class AccountMove(models.Model):
    """Posting a vendor bill turns the commitment into actual spending."""

    _inherit = "account.move"

    affairs_outbound_trip_id = fields.Many2one(
        "affairs.outbound.trip",
        string="Outbound Trip",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        posted._affairs_budget_on_post()
        return posted

    def button_draft(self):
        res = super().button_draft()
        self._affairs_budget_on_unpost()
        return res

    def button_cancel(self):
        res = super().button_cancel()
        self._affairs_budget_on_unpost()
        return res

    def _affairs_budget_items(self):
        return self.line_ids.filtered(
            lambda line: (
                line.display_type == "product" and line.affairs_budget_agency_id
            )
        )

    def _affairs_budget_on_post(self):
        # sudo: whoever posts the bill, the ledger follows it.
        items = self.sudo()._affairs_budget_items()
        if not items:
            return
        self.sudo()._affairs_budget_match_commitments(items)
        items._affairs_budget_assign()
        commitments = items.affairs_budget_commitment_id
        lines = items.affairs_budget_line_id | commitments.line_id
        lines._affairs_lock()
        commitments._affairs_refresh_consumed()
        lines._affairs_refresh_committed()
        lines._affairs_check_warning()

    def _affairs_budget_on_unpost(self):
        # sudo: whoever resets the bill, the ledger follows it (as on posting).
        items = self.sudo().line_ids.filtered("affairs_budget_commitment_id")
        commitments = items.affairs_budget_commitment_id
        if commitments:
            commitments.line_id._affairs_lock()
            commitments._affairs_refresh_consumed()
            commitments.line_id._affairs_refresh_committed()

    def _affairs_budget_match_commitments(self, items):
        """Link the items to the open commitment of the document they settle.

        The documents say which bills settle them (``moves`` in their budget
        values); only the open commitments of the bills' agencies and years
        are read, one search and one batch per document model.
        """
        Commitment = self.env["affairs.budget.commitment"]
        candidates = Commitment.search(
            [
                ("state", "=", "open"),
                ("agency_id", "in", items.affairs_budget_agency_id.ids),
                ("year", "in", list({item.date.year for item in items})),
            ]
        )
        by_model = defaultdict(list)
        for commitment in candidates:
            by_model[commitment.res_model].append(commitment.res_id)
        # A document may hold one commitment per year (a lease's rent).
        commitment_of = {(c.res_model, c.res_id, c.year): c for c in candidates}
        for model, ids in by_model.items():
            if model not in self.env:
                continue
            documents = self.env[model].browse(ids).exists()
            for value in documents._affairs_budget_values():
                moves = value.get("moves") or self.env["account.move"]
                record = value["record"]
                year = fields.Date.to_date(value["date"]).year
                commitment = commitment_of.get((record._name, record.id, year))
                if not commitment or not (moves & self):
                    continue
                for item in items.filtered(
                    lambda i, m=moves, c=commitment: (
                        i.move_id in m
                        and i.affairs_budget_agency_id == c.agency_id
                        and i.date.year == c.year
                        and not i.affairs_budget_commitment_id
                    )
                ):
                    item.write(
                        {
                            "affairs_budget_commitment_id": commitment.id,
                            "affairs_budget_line_id": commitment.line_id.id,
                            "affairs_budget_classification_id": (
                                item.affairs_budget_classification_id.id
                                or commitment.classification_id.id
                            ),
                        }
                    )
