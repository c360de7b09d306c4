# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AffairsStandardBook(models.Model):
    """A versioned book of rules (标准), national or local.

    Rule tables of the function addons (area per rank, vehicle caps,
    reception caps, procurement thresholds) hang from a book. A local book
    overrides its parent (usually the national book): a rule looked up for a
    company is taken from the company's book first, then from its parents,
    among the books in force on the date asked.
    """

    _name = "affairs.standard.book"
    _description = "Standards Book"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _parent_store = True

    name = fields.Char(required=True, translate=True, tracking=True)
    scope = fields.Selection(
        [("national", "National"), ("local", "Local")],
        required=True,
        default="local",
        tracking=True,
    )
    locality = fields.Char(help="Province, city or county issuing the book.")
    parent_id = fields.Many2one(
        "affairs.standard.book",
        string="Overrides",
        index=True,
        ondelete="restrict",
        help="Book whose rules apply where this one has none.",
    )
    parent_path = fields.Char(index=True)
    date_from = fields.Date(string="Valid From", required=True, tracking=True)
    date_to = fields.Date(string="Valid To", tracking=True)
    source = fields.Text(
        string="Source Reference", help="Documents the rules come from (文号)."
    )
    company_id = fields.Many2one(
        "res.company", help="Leave empty for a book shared by all companies."
    )
    active = fields.Boolean(default=True)

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for book in self:
            if book.date_to and book.date_to < book.date_from:
                raise ValidationError(
                    self.env._(
                        "Standards book %(name)s ends before it starts.", name=book.name
                    )
                )

    @api.constrains("parent_id")
    def _check_parent_id(self):
        if self._has_cycle():
            raise ValidationError(
                self.env._("A standards book cannot override itself.")
            )

    @api.model
    def _get_books_in_force(self, date=None, company=None):
        """Books that apply on ``date`` for ``company``, most specific first.

        The company's own book (settings) and its ancestors come first, then
        any other book in force shared by all companies, national last.
        """
        date = date or fields.Date.context_today(self)
        company = company or self.env.company
        in_force = self.search(
            [
                ("company_id", "in", [False, company.id]),
                ("date_from", "<=", date),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", date),
            ]
        )
        chain = self.browse()
        book = company.affairs_standard_book_id
        while book:
            if book in in_force:
                chain |= book
            book = book.parent_id
        rest = (in_force - chain).sorted(
            lambda b: (b.scope == "national", -b.date_from.toordinal())
        )
        return chain | rest
