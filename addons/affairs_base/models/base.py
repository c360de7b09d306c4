# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import errors

from odoo import models
from odoo.exceptions import UserError
from odoo.tools import SQL


class Base(models.AbstractModel):
    _inherit = "base"

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
