# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from psycopg2 import errors

from odoo import SUPERUSER_ID, api
from odoo.sql_db import db_connect
from odoo.tests import TransactionCase
from odoo.tools import SQL, mute_logger

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class TestConcurrentPaymentApproval(TransactionCase):
    """Approving a payment row-locks its contract in a real transaction: a
    second transaction approving a payment of the same contract waits (here:
    fails at once with NOWAIT) instead of checking the cap on stale figures."""

    def _env(self, cr):
        return api.Environment(cr, SUPERUSER_ID, dict(DISABLED_MAIL_CONTEXT))

    def _create_fixture(self):
        with db_connect(self.env.cr.dbname).cursor() as cr:
            env = self._env(cr)
            agency = env["hr.department"].create(
                {
                    "name": "Lock Agency",
                    "is_affairs_agency": True,
                    "affairs_level": "county",
                }
            )
            partner = env["res.partner"].create({"name": "Lock Builder"})
            project = env["affairs.construction.project"].create(
                {"name": "Lock project", "agency_id": agency.id, "site": "Lock site"}
            )
            contract = env["affairs.construction.contract"].create(
                {
                    "name": "LOCK-HT-1",
                    "project_id": project.id,
                    "partner_id": partner.id,
                    "amount": 1000.0,
                }
            )
            cr.commit()
            return {
                "agency": agency.id,
                "agency_partner": agency.affairs_partner_id.id,
                "analytic": agency.affairs_analytic_account_id.id,
                "partner": partner.id,
                "project": project.id,
                "contract": contract.id,
            }

    def _cleanup(self, ids):
        with db_connect(self.env.cr.dbname).cursor() as cr:
            env = self._env(cr)
            env["affairs.construction.contract"].browse(ids["contract"]).unlink()
            env["affairs.construction.project"].browse(ids["project"]).unlink()
            env["hr.department"].browse(ids["agency"]).unlink()
            env["account.analytic.account"].browse(ids["analytic"]).exists().unlink()
            env["res.partner"].browse(
                [ids["partner"], ids["agency_partner"]]
            ).exists().unlink()
            cr.commit()

    def test_approval_locks_the_contract(self):
        ids = self._create_fixture()
        self.addCleanup(self._cleanup, ids)
        with (
            db_connect(self.env.cr.dbname).cursor() as cr_a,
            db_connect(self.env.cr.dbname).cursor() as cr_b,
        ):
            env_a = self._env(cr_a)
            payment = env_a["affairs.construction.payment"].new(
                {"contract_id": ids["contract"], "amount": 1.0}
            )
            payment._lock_contracts()
            with (
                mute_logger("odoo.sql_db"),
                self.assertRaises(errors.LockNotAvailable),
            ):
                cr_b.execute(
                    SQL(
                        "SELECT id FROM affairs_construction_contract "
                        "WHERE id = %s FOR UPDATE NOWAIT",
                        ids["contract"],
                    )
                )
            cr_b.rollback()
            cr_a.rollback()
            # Once the first transaction ends, the lock is free again.
            cr_b.execute(
                SQL(
                    "SELECT id FROM affairs_construction_contract "
                    "WHERE id = %s FOR UPDATE NOWAIT",
                    ids["contract"],
                )
            )
            self.assertEqual(cr_b.fetchall(), [(ids["contract"],)])
            cr_b.rollback()
