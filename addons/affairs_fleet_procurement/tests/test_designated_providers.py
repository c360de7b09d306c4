# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import TransactionCase


class TestDesignatedProviders(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.garage, cls.printer = cls.env["res.partner"].create(
            [
                {"name": "定点维修厂", "is_company": True},
                {"name": "印刷厂", "is_company": True},
            ]
        )
        cls.Supplier = cls.env["affairs.designated.supplier"]
        cls.Vendor = cls.env["affairs.designated.vendor"].with_context(
            active_test=False
        )

    def test_vehicle_service_designation_becomes_fleet_provider(self):
        supplier = self.Supplier.create(
            {
                "service_type": "vehicle_maintenance",
                "partner_id": self.garage.id,
                "date_from": date(2026, 1, 1),
                "date_to": date(2026, 12, 31),
            }
        )
        vendor = self.Vendor.search([("supplier_id", "=", supplier.id)])
        self.assertRecordValues(
            vendor,
            [
                {
                    "partner_id": self.garage.id,
                    "service_type": "maintenance",
                    "date_start": date(2026, 1, 1),
                    "date_end": date(2026, 12, 31),
                    "active": True,
                }
            ],
        )
        keys = self.env["affairs.designated.vendor"]._affairs_designated_keys(
            self.garage, [date(2026, 6, 1)]
        )
        self.assertIn((self.garage.id, "maintenance", date(2026, 6, 1)), keys)

    def test_changes_follow_and_open_designation_lasts_a_year(self):
        supplier = self.Supplier.create(
            {
                "service_type": "fuel",
                "partner_id": self.garage.id,
                "date_from": date(2026, 3, 1),
            }
        )
        vendor = self.Vendor.search([("supplier_id", "=", supplier.id)])
        self.assertEqual(vendor.date_end, date(2027, 2, 28))
        supplier.date_to = date(2026, 6, 30)
        self.assertEqual(vendor.date_end, date(2026, 6, 30))
        supplier.active = False
        self.assertFalse(vendor.active)
        supplier.unlink()
        self.assertFalse(vendor.active)

    def test_other_services_are_not_fleet_providers(self):
        supplier = self.Supplier.create(
            {
                "service_type": "printing",
                "partner_id": self.printer.id,
                "date_from": date(2026, 1, 1),
            }
        )
        self.assertFalse(self.Vendor.search([("supplier_id", "=", supplier.id)]))
