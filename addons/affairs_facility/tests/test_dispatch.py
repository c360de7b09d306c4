# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import FacilityCommon


@tagged("at_install", "-post_install")
class TestDispatch(FacilityCommon):
    """The dispatch centre: service-desk repair → maintenance request."""

    def _reported(self):
        request = self._request(title="AC broken", affairs_equipment_id=self.ac_a.id)
        request.action_submit()
        return request

    def test_repair_keeps_owner_and_deadline(self):
        """The dispatcher accepting the request is its first responsible; the
        maintenance request carries that owner, the promised deadline, the
        equipment and the requester's agency."""
        request = self._reported()
        self.assertEqual(request.state, "approved")
        action = request.with_user(self.dispatcher).action_affairs_dispatch_repair()
        repair = self.env["maintenance.request"].browse(action["res_id"])
        self.assertEqual(request.handler_id, self.dispatcher)
        self.assertRecordValues(
            repair,
            [
                {
                    "affairs_service_request_id": request.id,
                    "affairs_owner_id": self.dispatcher.id,
                    "affairs_deadline": request.deadline,
                    "equipment_id": self.ac_a.id,
                    "affairs_agency_id": self.agency_a.id,
                    "maintenance_type": "corrective",
                    "maintenance_team_id": self.team.id,
                }
            ],
        )
        self.assertTrue(request.deadline)
        with self.assertRaises(UserError):
            request.with_user(self.dispatcher).action_affairs_dispatch_repair()

    def test_accepted_request_keeps_its_first_owner(self):
        """A request already accepted by an officer keeps that officer."""
        request = self._reported()
        request.with_user(self.officer).action_accept()
        action = request.with_user(self.dispatcher).action_affairs_dispatch_repair()
        repair = self.env["maintenance.request"].browse(action["res_id"])
        self.assertEqual(repair.affairs_owner_id, self.officer)

    def test_only_dispatch_centre_dispatches(self):
        request = self._reported()
        with self.assertRaises(AccessError):
            request.with_user(self.officer).action_affairs_dispatch_repair()

    def test_repair_closed_and_rated(self):
        """The technician closes the repair: the service request is done, the
        requester rates it and the rating shows on the repair; costs add up."""
        request = self._reported()
        action = request.with_user(self.dispatcher).action_affairs_dispatch_repair()
        repair = self.env["maintenance.request"].browse(action["res_id"])
        with self.assertRaises(UserError):
            repair.with_user(self.dispatcher).action_affairs_done()
        repair.with_user(self.dispatcher).user_id = self.technician
        repair.with_user(self.technician).write(
            {
                "affairs_parts_cost": 120.0,
                "affairs_labour_hours": 1.5,
                "affairs_labour_rate": 80.0,
            }
        )
        repair.with_user(self.technician).action_affairs_done()
        self.assertTrue(repair.stage_id.done)
        self.assertTrue(repair.affairs_repaired_at)
        self.assertEqual(repair.affairs_total_cost, 240.0)
        self.assertEqual(request.state, "done")
        repair.with_user(self.user_a).action_affairs_rate(4)
        self.assertEqual(repair.affairs_rating, "4")
        self.assertEqual(repair.affairs_rating_value, 4)

    def test_mtbf_mttr(self):
        """Two failures of the AC (effective 1 Jan 2025): reported 31 Jan and
        2 Mar, repaired in 4 h and 6 h. MTTR = 10 / 2 = 5 h; operating time =
        hours from 1 Jan to 2 Mar 10:00 (1,450 h) − 10 h downtime = 1,440 h,
        MTBF = 720 h. The category pools its equipment the same way."""
        Request = self.env["maintenance.request"]
        repairs = Request.create(
            [
                {
                    "name": "Fault 1",
                    "equipment_id": self.ac_a.id,
                    "affairs_reported_at": datetime(2025, 1, 31, 10, 0),
                },
                {
                    "name": "Fault 2",
                    "equipment_id": self.ac_a.id,
                    "affairs_reported_at": datetime(2025, 3, 2, 10, 0),
                },
            ]
        )
        repairs[0].affairs_repaired_at = datetime(2025, 1, 31, 14, 0)
        repairs[1].affairs_repaired_at = datetime(2025, 3, 2, 16, 0)
        self.assertEqual(self.ac_a.affairs_failure_count, 2)
        self.assertAlmostEqual(self.ac_a.affairs_mttr_hours, 5.0)
        self.assertAlmostEqual(self.ac_a.affairs_operating_hours, 1440.0)
        self.assertAlmostEqual(self.ac_a.affairs_mtbf_hours, 720.0)
        self.assertEqual(self.category_ac.affairs_failure_count, 2)
        self.assertAlmostEqual(self.category_ac.affairs_mtbf_hours, 720.0)
        self.assertAlmostEqual(self.category_ac.affairs_mttr_hours, 5.0)
