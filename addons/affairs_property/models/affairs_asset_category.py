# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsAssetCategory(models.Model):
    """An asset class of GB/T 14885-2022 with its minimum depreciation life.

    Rows hang from a standards book (national by default), so a locality may
    override the depreciation years of a class in its own book.
    """

    _name = "affairs.asset.category"
    _description = "Asset Class"
    _inherit = ["affairs.standard.mixin"]
    _order = "code, id"
    _parent_store = True
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, translate=True)
    parent_id = fields.Many2one(
        "affairs.asset.category", string="Parent Class", index=True, ondelete="restrict"
    )
    parent_path = fields.Char(index=True)
    depreciation_years = fields.Integer(
        string="Min. Depreciation Years",
        help="0: not depreciated (land, cultural relics, books, archives).",
    )
    asset_profile_id = fields.Many2one(
        "account.asset.profile",
        string="Asset Profile",
        company_dependent=True,
        help="Accounting profile (accounts, journal, depreciation) of the class "
        "in the current company.",
    )

    _depreciation_years_positive = models.Constraint(
        "CHECK(depreciation_years >= 0)", "Depreciation years cannot be negative."
    )

    @api.depends("code", "name")
    def _compute_display_name(self):
        for category in self:
            category.display_name = f"{category.code} {category.name}"

    def _rule_key(self):
        self.ensure_one()
        return self.code

    def _affairs_depreciation_years(self):
        """Years of the rule in force for the class's code (local books first)."""
        self.ensure_one()
        rules = self._get_rules([("code", "=", self.code)])
        return rules[:1].depreciation_years if rules else self.depreciation_years

    def action_create_asset_profiles(self):
        """Create the accounting profile of each depreciable class."""
        accounts = self._affairs_profile_accounts(self.env.company)
        if not accounts:
            raise UserError(
                self.env._(
                    "Install a chart of accounts with fixed-asset, depreciation "
                    "and expense accounts and a miscellaneous journal first."
                )
            )
        for category in self.filtered(lambda c: not c.asset_profile_id):
            years = category._affairs_depreciation_years()
            if years:
                category.asset_profile_id = self.env["account.asset.profile"].create(
                    dict(accounts, name=category.display_name, method_number=years)
                )
        return True

    @api.model
    def _affairs_profile_accounts(self, company):
        Account = self.env["account.account"].with_company(company)
        asset = Account.search([("account_type", "=", "asset_fixed")], limit=1)
        depreciation = Account.search(
            [("account_type", "=", "asset_non_current")], limit=1
        )
        expense = Account.search([("account_type", "=", "expense")], limit=1)
        journal = self.env["account.journal"].search(
            [("type", "=", "general"), ("company_id", "=", company.id)], limit=1
        )
        if not (asset and expense and journal):
            return {}
        return {
            "account_asset_id": asset.id,
            "account_depreciation_id": (depreciation or asset).id,
            "account_expense_depreciation_id": expense.id,
            # Net book value of disposed assets goes to disposal expense.
            "account_residual_value_id": expense.id,
            "journal_id": journal.id,
            "company_id": company.id,
            "method": "linear",
            "method_time": "year",
            "method_period": "year",
        }
