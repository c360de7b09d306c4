# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.tools import SQL

STATES = [
    ("open", "Committed"),
    ("done", "Turned into Actual"),
    ("released", "Released"),
]


class AffairsBudgetCommitment(models.Model):
    """The budget ledger: what one approved document holds on one line.

    Written only by the commitment mechanism (``affairs.budget.hook``):
    approval opens it, posted bills of the document consume it, cancelling
    the document releases what is left.
    """

    _name = "affairs.budget.commitment"
    _description = "Budget Commitment"
    _order = "date desc, id desc"

    line_id = fields.Many2one(
        "affairs.budget.line", required=True, index=True, ondelete="restrict"
    )
    agency_id = fields.Many2one(related="line_id.agency_id", store=True)
    classification_id = fields.Many2one(related="line_id.classification_id", store=True)
    fund_id = fields.Many2one(related="line_id.fund_id", store=True)
    year = fields.Integer(related="line_id.year", store=True)
    company_id = fields.Many2one(related="line_id.company_id", store=True)
    currency_id = fields.Many2one(related="line_id.currency_id")
    res_model = fields.Char(string="Document Model", required=True, index=True)
    res_id = fields.Many2oneReference(
        string="Document ID", model_field="res_model", required=True, index=True
    )
    document_name = fields.Char(string="Document", required=True)
    date = fields.Date(required=True, index=True)
    amount = fields.Monetary(string="Committed", required=True)
    consumed_amount = fields.Monetary(string="Turned into Actual", default=0.0)
    open_amount = fields.Monetary(
        string="Still Committed", compute="_compute_open_amount", store=True
    )
    state = fields.Selection(STATES, default="open", required=True, index=True)
    exception_id = fields.Many2one(
        "affairs.exception",
        string="Exception",
        readonly=True,
        help="The manager's exception that let this document overrun the line.",
    )

    _amount_positive = models.Constraint(
        "CHECK(amount >= 0 AND consumed_amount >= 0)",
        "Committed amounts cannot be negative.",
    )

    @api.depends("amount", "consumed_amount", "state")
    def _compute_open_amount(self):
        for commitment in self:
            commitment.open_amount = (
                max(commitment.amount - commitment.consumed_amount, 0.0)
                if commitment.state == "open"
                else 0.0
            )

    def action_open_document(self):
        """Open the document behind the commitment."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "views": [(False, "form")],
        }

    def _affairs_refresh_consumed(self):
        """What posted bills settled of each commitment (one query)."""
        if not self:
            return
        # sudo: budget users may not read journal items; only consumed totals are kept.
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("affairs_budget_commitment_id", "in", self.ids),
                    ("parent_state", "=", "posted"),
                ],
                ["affairs_budget_commitment_id"],
                ["balance:sum"],
            )
        )
        consumed = {commitment.id: total for commitment, total in groups}
        for commitment in self.filtered(lambda c: c.state != "released"):
            posted = (
                consumed.get(commitment.id, 0.0) * commitment.line_id._affairs_sign()
            )
            amount = min(max(posted, 0.0), commitment.amount)
            commitment.write(
                {
                    "consumed_amount": amount,
                    "state": "done" if amount >= commitment.amount else "open",
                }
            )

    @api.model
    def _affairs_bulk_open(self, vals_list):
        """Open the commitments of many documents in one INSERT.

        The ORM inserts by batches of 100 rows and then recomputes the
        related columns row batch by row batch; approving thousands of
        documents at once would cost queries in proportion. The values are
        passed as parameters (arrays), the related columns copied from the
        line in the same statement.
        """
        if not vals_list:
            return self.browse()
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO affairs_budget_commitment (
                    line_id, agency_id, classification_id, fund_id, year,
                    company_id, res_model, res_id, document_name, date, amount,
                    consumed_amount, open_amount, state, exception_id,
                    create_uid, write_uid, create_date, write_date)
                SELECT l.id, l.agency_id, l.classification_id, l.fund_id, l.year,
                       l.company_id, v.res_model, v.res_id, v.document_name,
                       v.date, v.amount, 0, v.amount, 'open', v.exception_id,
                       %(uid)s, %(uid)s, now() AT TIME ZONE 'UTC',
                       now() AT TIME ZONE 'UTC'
                  FROM unnest(%(lines)s::int[], %(models)s::varchar[],
                              %(ids)s::int[], %(names)s::varchar[],
                              %(dates)s::date[], %(amounts)s::numeric[],
                              %(exceptions)s::int[])
                       AS v(line_id, res_model, res_id, document_name, date,
                            amount, exception_id)
                  JOIN affairs_budget_line l ON l.id = v.line_id
             RETURNING affairs_budget_commitment.id
                """,
                uid=self.env.uid,
                lines=[vals["line_id"] for vals in vals_list],
                models=[vals["res_model"] for vals in vals_list],
                ids=[vals["res_id"] for vals in vals_list],
                names=[vals["document_name"] for vals in vals_list],
                dates=[vals["date"] for vals in vals_list],
                amounts=[vals["amount"] for vals in vals_list],
                exceptions=[vals.get("exception_id") or None for vals in vals_list],
            )
        )
        commitments = self.browse(row[0] for row in self.env.cr.fetchall())
        self.invalidate_model()
        self.env["affairs.budget.line"].invalidate_model(["commitment_ids"])
        return commitments
