# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).


def post_init_hook(env):
    """Give the journal items classified before the bridge was installed (the
    bills already posted, and the budget entries made for them) their
    economic code: the column existed, so the ORM does not compute it."""
    Line = env["account.move.line"]
    lines = Line.search(
        [
            "|",
            ("affairs_budget_classification_id", "!=", False),
            (
                "l10n_cn_gov_source_line_id.affairs_budget_classification_id",
                "!=",
                False,
            ),
        ]
    )
    env.add_to_compute(Line._fields["l10n_cn_gov_economic_code"], lines)
    env.flush_all()
