# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

PAPER_SIZES = [("a4", "A4"), ("a3", "A3"), ("a5", "A5"), ("b5", "B5")]
COLOURS = [("mono", "Black and White"), ("colour", "Colour")]
# Plausible upper bound of a price per page (CNY).
MAX_PAGE_PRICE = 1000


class AffairsPrintPrice(models.Model):
    """Price of a printed page per paper size and colour (文印收费标准)."""

    _name = "affairs.print.price"
    _description = "Print Unit Price"
    _order = "paper_size, colour"
    _check_company_auto = True

    paper_size = fields.Selection(PAPER_SIZES, required=True, default="a4")
    colour = fields.Selection(COLOURS, required=True, default="mono")
    unit_price = fields.Monetary(string="Price per Page", required=True)
    source = fields.Char(help="Where the price comes from (price list, contract).")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _unique_price = models.Constraint(
        "UNIQUE(company_id, paper_size, colour)",
        "There is one price per paper size and colour.",
    )

    @api.depends("paper_size", "colour")
    def _compute_display_name(self):
        sizes = dict(PAPER_SIZES)
        colours = dict(self._fields["colour"]._description_selection(self.env))
        for price in self:
            price.display_name = (
                f"{sizes.get(price.paper_size, '')} {colours.get(price.colour, '')}"
            )

    @api.constrains("unit_price")
    def _check_price(self):
        for price in self:
            if not 0 <= price.unit_price <= MAX_PAGE_PRICE:
                raise ValidationError(
                    self.env._(
                        "A price per page must be between 0 and %s.", MAX_PAGE_PRICE
                    )
                )
