# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tools import mute_logger

from odoo.addons.affairs_base.tests.common import import_rows

from .common import AffairsFleetCommon


class TestFleetImport(AffairsFleetCommon):
    """Initial load of vehicles (by plate) and drivers (by badge number)."""

    def test_vehicles_by_plate_then_reimport(self):
        rows = [
            [
                "京A10001",
                "H5",
                self.agency_a.display_name,
                "other",
                180000,
                "2022-05-01",
                "VIN0001",
                "C1",
            ],
        ]
        result = import_rows(self.env, "fleet.vehicle", "vehicle", rows)
        self.assertFalse(result["messages"], result["messages"])
        vehicle = self.env["fleet.vehicle"].search([("license_plate", "=", "京A10001")])
        self.assertEqual(
            (vehicle.model_id, vehicle.affairs_agency_id),
            (self.car_model, self.agency_a),
        )
        rows[0][4] = 175000
        import_rows(self.env, "fleet.vehicle", "vehicle", rows)
        self.assertEqual(
            self.env["fleet.vehicle"].search_count(
                [("license_plate", "=", "京A10001")]
            ),
            1,
        )
        self.assertEqual(vehicle.affairs_purchase_price, 175000)

    def test_drivers_bad_rows_store_nothing(self):
        rows = [
            [
                "D001",
                "钱师傅",
                self.agency_a.display_name,
                True,
                "B1",
                "110101001",
                "2030-01-01",
            ],
            [
                "D002",
                "孙师傅",
                self.agency_a.display_name,
                True,
                "Z9",
                "110101002",
                "2030-01-01",
            ],
        ]
        before = self.env["hr.employee"].search_count([])
        with mute_logger("odoo.sql_db"):
            result = import_rows(self.env, "hr.employee", "driver", rows)
        errors = [
            message for message in result["messages"] if message["type"] == "error"
        ]
        self.assertEqual({message["record"] for message in errors}, {1}, errors)
        self.assertEqual(self.env["hr.employee"].search_count([]), before)
        result = import_rows(self.env, "hr.employee", "driver", rows[:1])
        self.assertFalse(result["messages"], result["messages"])
        driver = self.env["hr.employee"].search([("barcode", "=", "D001")])
        self.assertTrue(driver.affairs_is_driver)
        self.assertEqual(driver.affairs_license_class, "B1")
