# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo import fields
from odoo.tests import TransactionCase, freeze_time


class TestDesignatedHotels(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hotel, cls.other_hotel, cls.manual_hotel = cls.env["res.partner"].create(
            [
                {"name": "会议定点饭店", "is_company": True},
                {"name": "另一饭店", "is_company": True},
                {
                    "name": "手工指定饭店",
                    "is_company": True,
                    "is_designated_hotel": True,
                },
            ]
        )
        cls.Supplier = cls.env["affairs.designated.supplier"]

    def test_designation_in_force_makes_designated_hotel(self):
        today = fields.Date.today()
        self.Supplier.create(
            {
                "service_type": "hotel",
                "partner_id": self.hotel.id,
                "date_from": today - timedelta(days=10),
                "date_to": today + timedelta(days=10),
            }
        )
        self.assertTrue(self.hotel.is_designated_hotel)
        self.Supplier.create(
            {
                "service_type": "printing",
                "partner_id": self.other_hotel.id,
                "date_from": today,
            }
        )
        self.assertFalse(self.other_hotel.is_designated_hotel)

    def test_designation_ends_with_the_calendar(self):
        self.Supplier.create(
            {
                "service_type": "hotel",
                "partner_id": self.hotel.id,
                "date_from": date(2026, 1, 1),
                "date_to": date(2026, 6, 30),
            }
        )
        with freeze_time("2026-03-01"):
            self.Supplier._cron_sync_designated_hotels()
            self.assertTrue(self.hotel.is_designated_hotel)
        with freeze_time("2026-07-01"):
            self.Supplier._cron_sync_designated_hotels()
            self.assertFalse(self.hotel.is_designated_hotel)
        self.assertTrue(
            self.manual_hotel.is_designated_hotel, "hand-flagged hotels are left alone"
        )

    def test_removed_designation(self):
        supplier = self.Supplier.create(
            {
                "service_type": "hotel",
                "partner_id": self.hotel.id,
                "date_from": fields.Date.today(),
            }
        )
        self.assertTrue(self.hotel.is_designated_hotel)
        supplier.unlink()
        self.assertFalse(self.hotel.is_designated_hotel)
