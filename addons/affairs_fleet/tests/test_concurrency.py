# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime, timedelta

from psycopg2 import IntegrityError, errors

from odoo import SUPERUSER_ID, api
from odoo.sql_db import db_connect
from odoo.tests import TransactionCase
from odoo.tools import SQL, mute_logger

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class TestConcurrentDispatch(TransactionCase):
    """Two dispatchers book the same car at the same moment, in two real
    database transactions: the second booking must be refused by
    PostgreSQL even though its own snapshot does not see the first."""

    def _env(self, cr):
        return api.Environment(cr, SUPERUSER_ID, dict(DISABLED_MAIL_CONTEXT))

    def _create_fixture(self):
        with db_connect(self.env.cr.dbname).cursor() as cr:
            env = self._env(cr)
            agency = env["hr.department"].create(
                {
                    "name": "Concurrency Agency",
                    "is_affairs_agency": True,
                    "affairs_level": "county",
                }
            )
            env["affairs.vehicle.quota"].create(
                {"agency_id": agency.id, "category": "other", "quota": 1}
            )
            brand = env["fleet.vehicle.model.brand"].create(
                {"name": "Concurrency Brand"}
            )
            model = env["fleet.vehicle.model"].create(
                {"name": "C1", "brand_id": brand.id}
            )
            vehicle = env["fleet.vehicle"].create(
                {
                    "model_id": model.id,
                    "license_plate": "并发001",
                    "affairs_agency_id": agency.id,
                    "affairs_state": "registered",
                    "affairs_purchase_price": 100000,
                    "affairs_displacement": 1.4,
                }
            )
            drivers = env["hr.employee"].create(
                [
                    {
                        "name": "Concurrency Driver %s" % index,
                        "affairs_is_driver": True,
                        "affairs_license_class": "C1",
                        "affairs_license_expiry": date.today() + timedelta(days=400),
                    }
                    for index in (1, 2)
                ]
            )
            requester = env["hr.employee"].create(
                {"name": "Concurrency Cadre", "department_id": agency.id}
            )
            start = datetime.now().replace(microsecond=0) + timedelta(days=3)
            requests = env["affairs.vehicle.request"].create(
                [
                    {
                        "requester_id": requester.id,
                        "purpose": "Concurrent %s" % index,
                        "destination": "Somewhere",
                        "date_start": start + timedelta(hours=index),
                        "date_end": start + timedelta(hours=index + 3),
                        "vehicle_id": vehicle.id,
                        "driver_id": driver.id,
                    }
                    for index, driver in enumerate(drivers)
                ]
            )
            # The approval flow is tested elsewhere; here both are approved.
            requests.with_context(skip_validation_check=True).write(
                {"state": "approved"}
            )
            cr.commit()
            return {
                "requests": requests.ids,
                "vehicle": vehicle.id,
                "employees": (drivers | requester).ids,
                "agency": agency.id,
                "partner": agency.affairs_partner_id.id,
                "analytic": agency.affairs_analytic_account_id.id,
                "model": model.id,
                "brand": brand.id,
            }

    def _cleanup(self, ids):
        with db_connect(self.env.cr.dbname).cursor() as cr:
            env = self._env(cr)
            cr.execute(
                SQL(
                    "DELETE FROM affairs_vehicle_request WHERE id IN %s",
                    tuple(ids["requests"]),
                )
            )
            env["fleet.vehicle"].with_context(active_test=False).browse(
                ids["vehicle"]
            ).unlink()
            env["fleet.vehicle.model"].browse(ids["model"]).unlink()
            env["fleet.vehicle.model.brand"].browse(ids["brand"]).unlink()
            env["hr.employee"].with_context(active_test=False).browse(
                ids["employees"]
            ).unlink()
            env["affairs.vehicle.quota"].search(
                [("agency_id", "=", ids["agency"])]
            ).unlink()
            env["hr.department"].browse(ids["agency"]).unlink()
            env["account.analytic.account"].browse(ids["analytic"]).unlink()
            env["res.partner"].browse(ids["partner"]).unlink()
            cr.commit()

    def test_concurrent_dispatch_refused(self):
        ids = self._create_fixture()
        self.addCleanup(self._cleanup, ids)
        cr1 = db_connect(self.env.cr.dbname).cursor()
        cr2 = db_connect(self.env.cr.dbname).cursor()
        try:
            first = self._env(cr1)["affairs.vehicle.request"].browse(ids["requests"][0])
            second = self._env(cr2)["affairs.vehicle.request"].browse(
                ids["requests"][1]
            )
            # Both transactions take their snapshot before either books.
            self.assertEqual(first.state, "approved")
            self.assertEqual(second.state, "approved")
            first.action_dispatch()
            cr1.commit()
            refused = None
            with mute_logger("odoo.sql_db"):
                try:
                    second.action_dispatch()
                    cr2.commit()
                except (IntegrityError, errors.SerializationFailure) as error:
                    refused = error
            self.assertIsNotNone(refused, "The overlapping booking was committed.")
        finally:
            cr2.rollback()
            cr1.rollback()
            cr2.close()
            cr1.close()
        with db_connect(self.env.cr.dbname).cursor() as cr:
            states = (
                self._env(cr)["affairs.vehicle.request"]
                .browse(ids["requests"])
                .mapped("state")
            )
            self.assertEqual(sorted(states), ["approved", "dispatched"])
