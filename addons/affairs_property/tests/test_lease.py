# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError

from .common import PropertyCommon


class TestLease(PropertyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tenant = cls.env["res.partner"].create({"name": "某便利店"})
        cls.shop = cls._room("S01", 50.0, usage="ancillary")

    def _lease(self, **vals):
        return (
            self.env["affairs.lease"]
            .with_user(self.officer)
            .create(
                dict(
                    {
                        "object_type": "storefront",
                        "room_id": self.shop.id,
                        "partner_id": self.tenant.id,
                        "agency_id": self.municipal.id,
                        "date_start": "2025-01-01",
                        "date_end": "2025-12-31",
                        "rent": 3000,
                        "period": "quarter",
                    },
                    **vals,
                )
            )
        )

    def _start(self, lease):
        lease.with_user(self.officer).action_submit()
        self._approve_all(lease, (self.officer2, self.manager))
        lease.with_user(self.officer).action_start()

    def test_schedule_and_invoices(self):
        """A quarterly lease over a year has 4 instalments; due ones are invoiced."""
        lease = self._lease()
        self._start(lease)
        self.assertEqual(lease.state, "running")
        self.assertEqual(
            lease.line_ids.mapped("date_due"),
            [date(2025, 1, 1), date(2025, 4, 1), date(2025, 7, 1), date(2025, 10, 1)],
        )
        self.assertEqual(lease.income_total, 12000)
        self.assertEqual(self.shop.state, "reserved")
        with freeze_time("2025-05-15"):
            self.env["affairs.lease"]._cron_invoice_due()
        self.assertEqual(lease.invoice_count, 2)
        self.assertEqual(lease.income_invoiced, 6000)
        invoices = lease.line_ids.invoice_id
        self.assertEqual(set(invoices.mapped("state")), {"posted"})
        self.assertEqual(invoices.partner_id, self.tenant)
        self.assertEqual(sum(invoices.mapped("amount_total")), 6000)
        with freeze_time("2025-05-15"):
            self.env["affairs.lease"]._cron_invoice_due()
        self.assertEqual(lease.invoice_count, 2)
        lease.with_user(self.officer).action_close()
        self.assertEqual(lease.state, "done")
        self.assertEqual(len(lease.line_ids), 2)
        self.assertEqual(self.shop.state, "free")

    def test_income_per_year(self):
        """Income per contract and year, read from the instalments."""
        lease = self._lease(date_end="2026-06-30", period="half_year")
        self._start(lease)
        with freeze_time("2026-12-31"):
            lease.action_invoice_due()
        data = self.env["affairs.lease.line"]._read_group(
            [("lease_id", "=", lease.id), ("invoice_id", "!=", False)],
            ["date_due:year"],
            ["amount:sum"],
        )
        per_year = {year.year: amount for year, amount in data}
        self.assertEqual(per_year, {2025: 6000, 2026: 3000})

    def test_asset_lease_and_lending(self):
        """Leasing an asset marks it leased; lending has no rent and no invoice."""
        parking = self._asset(name="停车位 P-01", code="A01.2", value=100000)
        lend = self._lease(
            object_type="parking",
            room_id=False,
            asset_id=parking.id,
            lease_kind="lend",
            rent=0,
        )
        self._start(lend)
        self.assertEqual(parking.state, "leased")
        self.assertFalse(lend.line_ids)
        lend.with_user(self.officer).action_close()
        self.assertEqual(parking.state, "in_use")

    def test_rules(self):
        """Rent required for a lease, none for lending, dates in order, no office in use."""
        with self.assertRaises(ValidationError):
            self._lease(rent=0)
        with self.assertRaises(ValidationError):
            self._lease(lease_kind="lend")
        with self.assertRaises(ValidationError):
            self._lease(room_id=False)
        office = self._room("S02", 20.0, self.municipal)
        with self.assertRaises(UserError):
            self._lease(room_id=office.id).action_submit()
