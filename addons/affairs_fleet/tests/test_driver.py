# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import UserError

from .common import AffairsFleetCommon


class TestDriver(AffairsFleetCommon):
    def test_dispatch_non_driver_refused(self):
        request = self.approve(self.create_request())
        with self.assertRaisesRegex(UserError, "not an official driver"):
            request.with_user(self.dispatcher).action_dispatch(
                self.vehicle, self.employee_b
            )

    def test_dispatch_expired_licence_refused(self):
        """A licence expiring before the trip ends is refused; one valid on that day passes."""
        request = self.approve(self.create_request())
        self.driver.affairs_license_expiry = request.date_end.date() - timedelta(days=1)
        with self.assertRaisesRegex(UserError, "expired"):
            request.with_user(self.dispatcher).action_dispatch(
                self.vehicle, self.driver
            )
        self.driver.affairs_license_expiry = request.date_end.date()
        request.with_user(self.dispatcher).action_dispatch(self.vehicle, self.driver)
        self.assertEqual(request.state, "dispatched")

    def test_dispatch_unqualified_driver_refused(self):
        """A C1 licence may not drive a vehicle that needs B1; B1 may."""
        bus = self.create_vehicle("京A20001", affairs_license_class="B1")
        request = self.approve(self.create_request())
        with self.assertRaisesRegex(UserError, "not qualified"):
            request.with_user(self.dispatcher).action_dispatch(bus, self.driver2)
        request.with_user(self.dispatcher).action_dispatch(bus, self.driver)
        self.assertEqual(request.driver_id, self.driver)

    def test_expiring_licence_activity(self):
        """The cron warns about licences expiring within 30 days, once."""
        self.driver.affairs_license_expiry = date.today() + timedelta(days=30)
        self.driver2.affairs_license_expiry = date.today() + timedelta(days=31)
        warned = self.env["hr.employee"]._cron_affairs_license_expiry()
        self.assertIn(self.driver, warned)
        self.assertNotIn(self.driver2, warned)
        self.assertEqual(len(self.driver.activity_ids), 1)
        self.assertFalse(self.driver2.activity_ids)
        self.env["hr.employee"]._cron_affairs_license_expiry()
        self.assertEqual(len(self.driver.activity_ids), 1)
