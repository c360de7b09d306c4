from . import models


def _post_init_hook(env):
    """Asset profiles made before this bridge was installed (e.g. by the demo of
    affairs_property, which loads first) move to the government accounts."""
    Category = env["affairs.asset.category"]
    for company in env["res.company"].search([("chart_template", "=", "cn_gov")]):
        accounts = Category._affairs_profile_accounts(company)
        if not accounts:
            continue
        profiles = env["account.asset.profile"].search(
            [("company_id", "=", company.id)]
        )
        profiles.write(
            {
                field: accounts[field]
                for field in (
                    "account_asset_id",
                    "account_depreciation_id",
                    "account_expense_depreciation_id",
                    "account_residual_value_id",
                    "account_min_value_id",
                    "account_plus_value_id",
                    "salvage_value",
                )
                if field in accounts
            }
        )
