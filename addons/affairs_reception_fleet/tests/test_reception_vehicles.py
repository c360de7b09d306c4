# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date, datetime

from odoo.exceptions import UserError

from odoo.addons.affairs_base.tests.common import AffairsCommon


class TestReceptionVehicles(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agency = cls.agency_a
        cls.host = cls.env["hr.employee"].create(
            {"name": "Host", "department_id": cls.agency.id}
        )
        visitor = cls.env["res.partner"].create(
            {"name": "省发改委", "is_company": True}
        )
        cls.reception = cls.env["affairs.reception"].create(
            {
                "visiting_partner_id": visitor.id,
                "letter_number": "省发改函〔2026〕8号",
                "letter_date": date(2026, 11, 1),
                "letter_file": base64.b64encode(b"%PDF-1.4 letter"),
                "purpose": "调研",
                "host_agency_id": cls.agency.id,
                "host_employee_id": cls.host.id,
                "date_arrival": datetime(2026, 12, 1, 9, 0),
                "date_departure": datetime(2026, 12, 2, 17, 0),
                "guest_ids": [(0, 0, {"name": f"Guest {n}"}) for n in range(5)],
                "transport_ids": [
                    (
                        0,
                        0,
                        {
                            "date": date(2026, 12, 1),
                            "description": "高新区",
                            "vehicle_type": "car",
                            "vehicle_count": 2,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "date": date(2026, 12, 2),
                            "description": "机场",
                            "vehicle_type": "minibus",
                            "vehicle_count": 1,
                        },
                    ),
                ],
            }
        )

    def test_vehicle_requests_only_once_approved(self):
        with self.assertRaisesRegex(UserError, "once the reception"):
            self.reception.with_user(self.officer).action_request_vehicles()

    def test_transport_lines_become_vehicle_requests(self):
        """One submitted request per vehicle, within the stay, for the host agency."""
        self.reception.write({"state": "approved"})
        self.reception.with_user(self.officer).action_request_vehicles()
        requests = self.reception.vehicle_request_ids.sorted("date_start")
        self.assertEqual(len(requests), 3)
        self.assertEqual(set(requests.mapped("state")), {"submitted"})
        self.assertEqual(requests.agency_id, self.agency)
        self.assertEqual(requests.requester_id, self.host)
        first_day = requests.filtered(
            lambda r: r.date_start.date() == date(2026, 12, 1)
        )
        self.assertEqual(len(first_day), 2)
        self.assertEqual(
            first_day[0].date_start, datetime(2026, 12, 1, 9, 0), "not before arrival"
        )
        self.assertEqual(first_day[0].passenger_count, 3)
        last = requests[-1]
        self.assertEqual(
            last.date_end, datetime(2026, 12, 2, 17, 0), "not after departure"
        )
        self.assertIn("机场", last.purpose)
        self.assertEqual(self.reception.vehicle_request_count, 3)
        with self.assertRaisesRegex(UserError, "already has"):
            self.reception.with_user(self.officer).action_request_vehicles()

    def test_transport_window_in_the_users_timezone(self):
        """08:00-18:00 in Shanghai is 00:00-10:00 UTC, within the stay."""
        self.officer.tz = "Asia/Shanghai"
        # Arrival 1 December 09:00 Shanghai, departure 2 December 17:00 Shanghai.
        self.reception.write(
            {
                "state": "approved",
                "date_arrival": datetime(2026, 12, 1, 1, 0),
                "date_departure": datetime(2026, 12, 2, 9, 0),
            }
        )
        self.reception.with_user(self.officer).action_request_vehicles()
        requests = self.reception.vehicle_request_ids.sorted("date_start")
        first, last = requests[0], requests[-1]
        self.assertEqual(first.date_start, datetime(2026, 12, 1, 1, 0), "arrival")
        self.assertEqual(first.date_end, datetime(2026, 12, 1, 10, 0), "18:00 local")
        self.assertEqual(last.date_start, datetime(2026, 12, 2, 0, 0), "08:00 local")
        self.assertEqual(last.date_end, datetime(2026, 12, 2, 9, 0), "departure")
