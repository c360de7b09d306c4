# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.affairs_budget.tests.common import BudgetCommon


@tagged("at_install")
class TestBudgetProperty(BudgetCommon):
    """Agency A's leases against its income line 103070601 (24,000 this
    year) and its repairs against its 30213 line (10,000)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_income = cls.env.ref("affairs_budget.classification_103070601")
        cls.cls_repair = cls.env.ref("affairs_budget.classification_30213")
        budget = cls._approved_budget(
            cls.agency_a, cls.year, {cls.cls_income: 24000, cls.cls_repair: 10000}
        )
        cls.line_income = budget.line_ids.filtered("is_income")
        cls.line_repair = budget.line_ids - cls.line_income
        cls.tenant = cls.env["res.partner"].create({"name": "某便利店"})
        building = cls.env["affairs.building"].create(
            {"name": "一号办公楼", "code": "TB1", "title_certificate": "产权-001"}
        )
        cls.shop, cls.office = cls.env["affairs.room"].create(
            [
                {
                    "building_id": building.id,
                    "name": "S01",
                    "usable_area": 50.0,
                    "usage": "ancillary",
                },
                {
                    "building_id": building.id,
                    "name": "701",
                    "usable_area": 20.0,
                    "agency_id": cls.agency_a.id,
                },
            ]
        )

    def _approve_all(self, record):
        record.with_user(self.officer).action_submit()
        for user in (self.officer_2, self.manager):
            if record.state == "submitted" and record.with_user(user).can_review:
                record.with_user(user).action_approve()
        return record

    def _lease(self, rent, date_end, lease_kind="lease"):
        """A quarterly lease from 1 January of this year."""
        return (
            self.env["affairs.lease"]
            .with_user(self.officer)
            .create(
                {
                    "object_type": "storefront",
                    "room_id": self.shop.id,
                    "partner_id": self.tenant.id,
                    "agency_id": self.agency_a.id,
                    "date_start": date(self.year, 1, 1),
                    "date_end": date_end,
                    "rent": rent,
                    "period": "quarter",
                    "lease_kind": lease_kind,
                }
            )
        )

    def test_lease_income_expected_then_actual(self):
        """Rent 9,000 a quarter over 18 months: 36,000 expected this year
        (over the 24,000 budgeted, yet approved: income is not capped) and
        18,000 next year (no line there, not tracked); two quarters invoiced
        make 18,000 actual, 18,000 still expected; closing releases it."""
        lease = self._lease(9000, date(self.year + 1, 6, 30))
        self._approve_all(lease)
        self.assertEqual(lease.state, "approved")
        self.assertEqual(self.line_income.committed_amount, 36000)
        self.assertEqual(self.line_income.available_amount, -12000)
        self.assertFalse(self.line_income.warning_sent)
        lease.with_user(self.officer).action_start()
        with freeze_time(date(self.year, 5, 15)):
            lease.with_user(self.officer).action_invoice_due()
        invoices = lease.line_ids.invoice_id
        self.assertEqual(len(invoices), 2)
        self.assertEqual(set(invoices.mapped("state")), {"posted"})
        self.line_income.invalidate_recordset()
        self.assertEqual(self.line_income.actual_amount, 18000)
        self.assertEqual(self.line_income.committed_amount, 18000)
        items = invoices.invoice_line_ids
        self.assertEqual(items.affairs_budget_line_id, self.line_income)
        report = self.env["affairs.budget.execution.report"].search(
            [("line_id", "=", self.line_income.id), ("source", "=", "actual")]
        )
        self.assertEqual(sum(report.mapped("actual_amount")), 18000)
        self.assertTrue(all(report.mapped("is_income")))
        lease.with_user(self.officer).action_close()
        self.line_income.invalidate_recordset()
        self.assertEqual(self.line_income.committed_amount, 0)
        self.assertEqual(self.line_income.actual_amount, 18000)
        self.assertEqual(self.line_income.available_amount, 6000)

    def test_final_accounts_keep_income_apart(self):
        """Closing the year lists the income line with its actual rent but
        adds only spending to the totals."""
        lease = self._lease(3000, date(self.year, 12, 31))
        self._approve_all(lease)
        lease.with_user(self.officer).action_start()
        with freeze_time(date(self.year, 2, 1)):
            lease.with_user(self.officer).action_invoice_due()
        final = self.env["affairs.budget.final"].create(
            {"agency_id": self.agency_a.id, "year": self.year}
        )
        final.with_user(self.manager).action_close()
        income = final.line_ids.filtered("is_income")
        self.assertEqual(income.classification_id, self.cls_income)
        self.assertEqual(income.actual_amount, 3000)
        self.assertEqual(income.committed_amount, 9000)
        # 100,000 + 50,000 + 80,000 (BudgetCommon) + 10,000 of repairs.
        self.assertEqual(final.amount, 240000)
        self.assertEqual(final.actual_amount, 0)

    def test_lease_cancel_releases_and_lending_declares_nothing(self):
        lease = self._lease(1000, date(self.year, 12, 31))
        self._approve_all(lease)
        self.assertEqual(self.line_income.committed_amount, 4000)
        lease.with_user(self.manager).action_cancel()
        self.assertEqual(self.line_income.committed_amount, 0)
        lend = self._lease(0, date(self.year, 12, 31), lease_kind="lend")
        self.assertEqual(lend._affairs_budget_values(), [])

    def test_repair_over_budget_exception_and_release(self):
        """A routine repair of 12,000 on agency A's room: refused against
        the 10,000 left on 30213, approved with the manager's exception,
        released on cancelling."""
        repair = (
            self.env["affairs.repair"]
            .with_user(self.user_a)
            .create(
                {
                    "title": "更换门窗",
                    "building_id": self.office.building_id.id,
                    "room_ids": [(6, 0, self.office.ids)],
                    "budget": 12000,
                }
            )
        )
        repair.action_submit()
        with self.assertRaisesRegex(UserError, "Over budget"), self.cr.savepoint():
            repair.with_user(self.officer).action_approve()
        self.env.invalidate_all()
        self.assertEqual(repair.state, "submitted")
        self.assertEqual(self.line_repair.committed_amount, 0)
        self._grant_budget_exception(repair, "Leaking roof")
        repair.with_user(self.officer).action_approve()
        self.assertEqual(repair.state, "approved")
        self.assertEqual(self.line_repair.committed_amount, 12000)
        repair.with_user(self.manager).action_cancel()
        self.assertEqual(self.line_repair.committed_amount, 0)
