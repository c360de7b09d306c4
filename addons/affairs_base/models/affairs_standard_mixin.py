# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.fields import Domain


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

    @api.model_create_multi
    def create(self, vals_list):
        rows = super().create(vals_list)
        rows._affairs_recompute_consumers()
        return rows

    def write(self, vals):
        res = super().write(vals)
        self._affairs_recompute_consumers()
        return res

    def unlink(self):
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
