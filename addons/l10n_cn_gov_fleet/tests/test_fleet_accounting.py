# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.addons.l10n_cn_gov.tests.common import GovChartCommon


class TestGovFleetAccounting(GovChartCommon):
    """Vehicle running costs billed by affairs_fleet on the government chart."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agency = cls.env["hr.department"].create(
            {
                "name": "市财政局（车辆测试）",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        cls.env["affairs.vehicle.quota"].create(
            {"agency_id": cls.agency.id, "category": "other", "quota": 2}
        )
        brand = cls.env["fleet.vehicle.model.brand"].create({"name": "红旗（测试）"})
        model = cls.env["fleet.vehicle.model"].create(
            {"name": "H5", "brand_id": brand.id, "vehicle_type": "car"}
        )
        cls.vehicle = cls.env["fleet.vehicle"].create(
            {
                "model_id": model.id,
                "license_plate": "某A·G0001",
                "affairs_agency_id": cls.agency.id,
                "affairs_vehicle_category": "other",
                "affairs_purchase_price": 150000,
                "affairs_displacement": 1.5,
                "affairs_state": "registered",
            }
        )
        cls.station = cls.env["res.partner"].create({"name": "中石化某加油站"})
        cls.env["affairs.designated.vendor"].create(
            [
                {
                    "partner_id": partner.id,
                    "service_type": service_type,
                    "date_start": date.today() - timedelta(days=30),
                    "date_end": date.today() + timedelta(days=300),
                }
                for partner, service_type in (
                    (cls.station, "fuel"),
                    (cls.vendor, "maintenance"),
                )
            ]
        )

    def _post_bill(self, vendor, xmlid, amount):
        service = self.env["fleet.vehicle.log.services"].create(
            {
                "vehicle_id": self.vehicle.id,
                "service_type_id": self.env.ref(xmlid).id,
                "vendor_id": vendor.id,
                "amount": amount,
                "date": date.today(),
                "state": "done",
            }
        )
        service.action_affairs_create_bill()
        bill = service.affairs_move_id
        bill.action_post()
        return bill

    def test_running_costs_post_on_5001_with_budget_entry(self):
        analytic = self.agency.affairs_analytic_account_id
        self.assertTrue(analytic)
        for vendor, xmlid, amount in (
            (self.station, "affairs_fleet.service_type_fuel", 350.0),
            (self.vendor, "affairs_fleet.service_type_maintenance", 2600.0),
            (self.vendor, "affairs_fleet.service_type_toll", 60.0),
        ):
            with self.subTest(cost=xmlid):
                bill = self._post_bill(vendor, xmlid, amount)
                self.assertEqual(bill.company_id, self.company)
                self.assertEqual(bill.currency_id, self.env.ref("base.CNY"))
                expense = bill.line_ids.filtered(lambda l: l.display_type == "product")
                payable = bill.line_ids.filtered(
                    lambda l: l.display_type == "payment_term"
                )
                self.assertEqual(expense.account_id.code, "5001")
                self.assertEqual(expense.debit, amount)
                self.assertEqual(expense.vehicle_id, self.vehicle)
                self.assertEqual(payable.account_id.code, "2302")
                self.assertEqual(
                    expense.analytic_line_ids[analytic.plan_id._column_name()],
                    analytic,
                )
                self.assertEqual(bill.l10n_cn_gov_fund_source, "fiscal_authorized")
                self.assertEqual(
                    self.budget_lines(bill), {"7101": amount, "8001": -amount}
                )
