# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError
from odoo.sql_db import db_connect
from odoo.tests import TransactionCase


class TestRowLock(TransactionCase):
    def test_lock_held_elsewhere_is_a_clear_error(self):
        """A row another transaction holds is refused at once, with a message."""
        partner = self.env.ref("base.public_partner")
        with db_connect(self.env.cr.dbname).cursor() as other:
            # NOWAIT here too: never hang should this transaction hold it.
            other.execute(
                "SELECT id FROM res_partner WHERE id = %s FOR UPDATE NOWAIT",
                [partner.id],
            )
            with self.assertRaisesRegex(UserError, "being changed by someone else"):
                partner._affairs_lock_rows()
            other.rollback()
        # The other transaction is over: the row locks, the records are kept.
        self.assertEqual(partner._affairs_lock_rows(), partner)
        self.assertEqual(
            self.env["res.partner"].browse()._affairs_lock_rows(),
            self.env["res.partner"],
        )
