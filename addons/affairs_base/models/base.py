# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import errors

from odoo import api, models
from odoo.exceptions import UserError
from odoo.tools import SQL, ormcache

from .affairs_input import check_input

# Modules of the suite: the fields they define are checked on input.
SUITE_MODULE_PREFIXES = ("affairs_", "l10n_cn_gov")
CHECKED_TYPES = (
    "integer",
    "float",
    "monetary",
    "date",
    "datetime",
    "char",
    "text",
    "selection",
)


class Base(models.AbstractModel):
    _inherit = "base"

    # ------------------------------------------------------------------
    # Plausible input on every field the suite defines (affairs_input)
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            self._affairs_check_suite_input(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._affairs_check_suite_input([vals])
        return super().write(vals)

    @api.model
    def _affairs_check_suite_input(self, vals_list):
        names = self._affairs_suite_input_fields()
        if names:
            check_input(
                self,
                [{k: v for k, v in vals.items() if k in names} for vals in vals_list],
            )

    @api.model
    @ormcache()
    def _affairs_suite_input_fields(self):
        """Names of the fields only the suite's addons define (a core field an
        addon extends keeps its core behaviour)."""
        return frozenset(
            name
            for name, field in self._fields.items()
            if field.type in CHECKED_TYPES
            and field.store
            and field._modules
            and all(
                module.startswith(SUITE_MODULE_PREFIXES) for module in field._modules
            )
        )

    def _affairs_lock_rows(self, fnames=None):
        """Lock the rows of these records until the transaction ends.

        ``SELECT ... FOR UPDATE NOWAIT``: whoever changes the same records at
        the same moment (two officers accepting one request, two requests
        taking one room, two registrations against one quota) gets a clear
        error at once instead of waiting or overwriting. The records are then
        re-read (``fnames``, all fields by default) from the locked rows.
        """
        if not self.ids:
            return self
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    SQL(
                        "SELECT id FROM %s WHERE id IN %s FOR UPDATE NOWAIT",
                        SQL.identifier(self._table),
                        tuple(self.ids),
                    ),
                    log_exceptions=False,
                )
        except errors.LockNotAvailable:
            raise UserError(
                self.env._(
                    "%(records)s is being changed by someone else right now; "
                    "try again in a moment.",
                    records=", ".join(self[:3].mapped("display_name")),
                )
            ) from None
        self.invalidate_recordset(fnames)
        return self

    # ------------------------------------------------------------------
    # The language of stored text (chatter, activities, computed labels)
    # ------------------------------------------------------------------
    def _affairs_in_user_lang(self):
        """Self in the acting user's language when the call carries none.

        The web client always sends a language; data loading, crons and bare
        RPC calls do not, and the chatter (tracked states, "Approved.",
        activity summaries) would then be written in English in a Chinese
        database. Odoo's ``_()`` falls back to the user's language the same
        way. Every action of the suite that writes text for users to read
        starts with ``self = self._affairs_in_user_lang()``.
        """
        if self.env.lang or not self.env.user.lang:
            return self
        return self.with_context(lang=self.env.user.lang)

    def _affairs_in_lang_of(self, user):
        """Self in the language of ``user`` (a cron writing for a record's
        responsible), else of the record's company, when the call carries
        none."""
        if self.env.lang:
            return self
        company = self.company_id[:1] if "company_id" in self._fields else None
        lang = user.lang or (company or self.env.company).partner_id.lang
        return self.with_context(lang=lang) if lang else self
