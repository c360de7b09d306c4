# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.affairs_base.tests.common import in_english


@tagged("post_install", "-at_install")
class TestFleetTour(HttpCase):
    """An agency cadre requests a car; a dispatcher (not the requester)
    approves and dispatches it from the board and records the return."""

    def test_request_dispatch_return_tour(self):
        agency = self.env["hr.department"].create(
            {
                "name": "Tour Agency",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        cadre = new_test_user(
            self.env, "tour_cadre", groups="affairs_base.group_affairs_user"
        )
        new_test_user(
            self.env, "tour_dispatcher", groups="affairs_base.group_affairs_officer"
        )
        self.env["hr.employee"].create(
            [
                {"name": "Tour Cadre", "department_id": agency.id, "user_id": cadre.id},
                {
                    "name": "Tour Driver",
                    "affairs_is_driver": True,
                    "affairs_license_class": "C1",
                    "affairs_license_expiry": date(2031, 1, 1),
                },
            ]
        )
        self.env["affairs.vehicle.quota"].create(
            {"agency_id": agency.id, "category": "other", "quota": 1}
        )
        brand = self.env["fleet.vehicle.model.brand"].create({"name": "Tour Brand"})
        model = self.env["fleet.vehicle.model"].create(
            {"name": "T1", "brand_id": brand.id}
        )
        vehicle = self.env["fleet.vehicle"].create(
            {
                "model_id": model.id,
                "license_plate": "TOUR-001",
                "affairs_agency_id": agency.id,
                "affairs_state": "registered",
                "affairs_purchase_price": 100000,
                "affairs_displacement": 1.5,
                "acquisition_date": date.today() - timedelta(days=10),
            }
        )
        self.start_tour(
            "/odoo/vehicle-requests",
            "affairs_fleet_request_tour",
            login=in_english(self.env, "tour_cadre"),
        )
        request = self.env["affairs.vehicle.request"].search(
            [("purpose", "=", "Tour inspection")]
        )
        self.assertEqual(request.state, "submitted")
        self.assertEqual(request.agency_id, agency)
        self.start_tour(
            "/odoo/dispatch-board",
            "affairs_fleet_dispatch_tour",
            login=in_english(self.env, "tour_dispatcher"),
        )
        request.invalidate_recordset()
        self.assertEqual(request.state, "returned")
        self.assertEqual(request.vehicle_id, vehicle)
        self.assertEqual(request.distance, 120)
