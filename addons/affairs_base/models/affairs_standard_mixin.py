# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.fields import Domain

from .affairs_input import check_input


class AffairsStandardMixin(models.AbstractModel):
    """Rows of a rule table hanging from a standards book.

    Inherit it in every rule table (area standards, vehicle caps, reception
    caps, procurement thresholds) and look rules up with ``_get_rules`` so
    that local books override national ones and validity dates hold. Pass
    the record's own reference date and company (a trip's start, a
    reception's arrival, a procurement's issue date): a local book taking
    effect on a date rules documents dated from then on, never earlier ones.

    Stored values computed from a rule table are recomputed when a row of
    it changes: the consuming model declares them in
    ``_affairs_rule_fields = {rule table: (stored fields, ...)}`` and may
    narrow the records concerned with ``_affairs_rule_recompute_domain()``.
    """

    _name = "affairs.standard.mixin"
    _description = "Standards Rule Mixin"

    book_id = fields.Many2one(
        "affairs.standard.book",
        string="Standards Book",
        required=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self.env.ref(
            "affairs_base.standard_book_national", raise_if_not_found=False
        ),
    )
    source = fields.Char(string="Source", help="Article or document of the rule.")
    active = fields.Boolean(default=True)

    # ------------------------------------------------------------------
    # Audit trail and recomputation: every change of a rule row is logged
    # on its book's chatter (who, when, which row, old and new values), and
    # the stored values computed from the table are recomputed.
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            check_input(self, vals_list)
        rows = super().create(vals_list)
        for row in rows._affairs_in_user_lang():
            row._affairs_log_change(row.env._("Rule added"), {})
        rows._affairs_recompute_consumers()
        return rows

    def write(self, vals):
        if not self.env.su:
            check_input(self, [vals])
        names = [name for name in vals if name in self._fields]
        before = {row.id: row._affairs_audit_values(names) for row in self}
        res = super().write(vals)
        for row in self._affairs_in_user_lang():
            row._affairs_log_change(row.env._("Rule changed"), before[row.id])
        self._affairs_recompute_consumers()
        return res

    def unlink(self):
        for row in self._affairs_in_user_lang():
            row._affairs_log_change(row.env._("Rule deleted"), {})
        table = self.browse()
        res = super().unlink()
        table._affairs_recompute_consumers()
        return res

    @api.model
    def _affairs_rule_consumers(self):
        """``{model name: stored fields}`` computed from this rule table."""
        consumers = {}
        for name in self.env.registry:
            Model = self.env.registry[name]
            if Model._abstract or Model._transient:
                continue
            fnames = getattr(Model, "_affairs_rule_fields", {}).get(self._name)
            if fnames:
                consumers[name] = fnames
        return consumers

    @api.model
    def _affairs_recompute_consumers(self):
        """Mark the stored values computed from this table for recomputation."""
        for name, fnames in self._affairs_rule_consumers().items():
            # sudo: a changed rule changes the values of every record, not
            # only of those its editor may read.
            Consumer = self.env[name].sudo().with_context(active_test=False)
            domain_getter = getattr(Consumer, "_affairs_rule_recompute_domain", None)
            records = Consumer.search(domain_getter() if domain_getter else [])
            for fname in fnames:
                self.env.add_to_compute(Consumer._fields[fname], records)

    def _affairs_audit_values(self, names):
        self.ensure_one()
        values = {}
        for name in names:
            field = self._fields[name]
            value = self[name]
            if field.type in ("many2one", "many2many", "one2many"):
                value = ", ".join(value.mapped("display_name"))
            elif field.type == "selection":
                value = dict(field._description_selection(self.env)).get(value, value)
            values[name] = value
        return values

    def _affairs_log_change(self, title, before):
        self.ensure_one()
        book = self.book_id
        # Data files loading the national rows are not changes to log.
        if not book or self.env.context.get("install_mode"):
            return
        lines = []
        for name, old in before.items():
            new = self._affairs_audit_values([name])[name]
            if old != new:
                label = self._fields[name]._description_string(self.env)
                lines.append(f"{label}: {old} → {new}")
        if before and not lines:
            return
        body = Markup("%s: %s (%s), %s") % (
            title,
            self.display_name,
            self.env["ir.model"]._get(self._name).name,
            self.env.user.name,
        )
        for line in lines:
            body += Markup("<br/>") + line
        # sudo: managers change rules; the log line goes on the book whoever
        # may post there.
        book.sudo().message_post(body=body, author_id=self.env.user.partner_id.id)

    @api.model
    def _get_rules(self, domain=None, date=None, company=None):
        """Rows matching ``domain`` from the most specific book in force.

        For each row the key ``_rule_key()`` identifies what it rules on (e.g.
        organ level and rank); a row of a more specific book hides the rows of
        the same key in less specific books.
        """
        books = self.env["affairs.standard.book"]._get_books_in_force(date, company)
        if not books:
            return self.browse()
        rows = self.search(Domain(domain or []) & Domain("book_id", "in", books.ids))
        priority = {book.id: index for index, book in enumerate(books)}
        chosen = {}
        for row in rows.sorted(lambda r: priority[r.book_id.id]):
            chosen.setdefault(row._rule_key(), row)
        return self.browse([row.id for row in chosen.values()])

    def _rule_key(self):
        """What the row rules on; rows sharing it override each other."""
        self.ensure_one()
        return self.id
