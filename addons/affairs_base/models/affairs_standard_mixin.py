# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.fields import Domain


class AffairsStandardMixin(models.AbstractModel):
    """Rows of a rule table hanging from a standards book.

    Inherit it in every rule table (area standards, vehicle caps, reception
    caps, procurement thresholds) and look rules up with ``_get_rules`` so
    that local books override national ones and validity dates hold.
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
