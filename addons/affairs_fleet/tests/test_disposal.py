# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo.exceptions import UserError, ValidationError

from .common import AffairsFleetCommon


class TestDisposal(AffairsFleetCommon):
    def _disposal(self, vehicle, **vals):
        return (
            self.env["affairs.vehicle.disposal"]
            .with_user(self.dispatcher)
            .create(
                dict(
                    {
                        "vehicle_id": vehicle.id,
                        "reason": "Worn out",
                        "disposal_type": "scrap",
                    },
                    **vals,
                )
            )
        )

    def test_eligibility_by_age(self):
        """8 years in service makes a car eligible; one day less does not."""
        self.vehicle.acquisition_date = date.today() - relativedelta(years=8)
        self.vehicle2.acquisition_date = (
            date.today() - relativedelta(years=8) + timedelta(days=1)
        )
        self.assertTrue(self.vehicle.affairs_renewal_eligible)
        self.assertFalse(self.vehicle2.affairs_renewal_eligible)
        eligible = self.env["fleet.vehicle"].search(
            [("affairs_renewal_eligible", "=", True)]
        )
        self.assertIn(self.vehicle, eligible)
        self.assertNotIn(self.vehicle2, eligible)

    def test_eligibility_by_mileage(self):
        """250,000 km makes a car eligible; 249,999 does not."""
        self.vehicle.odometer = 250000
        self.vehicle2.odometer = 249999
        self.assertTrue(self.vehicle.affairs_renewal_eligible)
        self.assertFalse(self.vehicle2.affairs_renewal_eligible)

    def test_local_rule_changes_eligibility(self):
        rule = self.env.ref("affairs_fleet.lifecycle_rule_renewal_age")
        self.vehicle.acquisition_date = date.today() - relativedelta(years=6)
        self.assertFalse(self.vehicle.affairs_renewal_eligible)
        rule.value = 6
        self.vehicle.invalidate_recordset(["affairs_renewal_eligible"])
        self.assertTrue(self.vehicle.affairs_renewal_eligible)

    def test_early_disposal_refused(self):
        disposal = self._disposal(self.vehicle)
        with self.assertRaisesRegex(ValidationError, "not yet eligible"):
            disposal.with_user(self.dispatcher).action_submit()
        disposal.with_user(self.manager).action_affairs_grant_exception(
            "fleet_early_disposal", "Accident, beyond repair"
        )
        disposal.with_user(self.dispatcher).action_submit()
        self.assertEqual(disposal.state, "submitted")

    def test_disposal_flow_frees_quota(self):
        """Done: the car leaves service, the quota place is free, history stays."""
        self.vehicle.odometer = 300000
        request = self.dispatch(self.create_request())
        request.with_user(self.dispatcher).action_return(300020)
        quota = self.env["affairs.vehicle.quota"].search(
            [("agency_id", "=", self.agency_a.id), ("category", "=", "other")]
        )
        self.assertEqual(quota.actual_count, 2)
        disposal = self._disposal(self.vehicle, disposal_type="auction", proceeds=12000)
        disposal.with_user(self.dispatcher).action_submit()
        with self.assertRaises(UserError):
            disposal.with_user(self.dispatcher).action_approve()
        disposal.with_user(self.manager).action_approve()
        self.assertEqual(disposal.state, "approved")
        disposal.with_user(self.dispatcher).action_done()
        self.assertEqual(disposal.state, "done")
        self.assertFalse(self.vehicle.active)
        self.assertEqual(self.vehicle.affairs_state, "disposed")
        self.assertEqual(quota.actual_count, 1)
        self.assertEqual(quota.free_count, 2)
        self.assertEqual(request.vehicle_id, self.vehicle)
        self.assertEqual(self.vehicle.affairs_request_count, 1)
        with self.assertRaises(UserError):
            self.vehicle.action_unarchive()

    def test_disposal_blocked_while_on_road(self):
        self.vehicle.odometer = 300000
        self.dispatch(self.create_request())
        disposal = self._disposal(self.vehicle)
        disposal.with_user(self.dispatcher).action_submit()
        disposal.with_user(self.manager).action_approve()
        with self.assertRaisesRegex(UserError, "still dispatched"):
            disposal.action_done()
