# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import BudgetCommon


class TestBudgetDemoBills(BudgetCommon):
    def test_demo_bills_feed_the_statement(self):
        """The demo's 三公 bills are classified: this year 4,880 + 7,800 =
        12,680 reception and 23,150 running, last year 15,200 reception;
        agency A's reception line (50,000) has 37,320 left."""
        agency = self.agency_a.id
        bills = self.env["affairs.budget.line"]._affairs_demo_bills(
            [
                (agency, "30217", 0, 1, 12, 4880, "临江宾馆", "接待用餐"),
                (agency, "30217", 0, 1, 16, 7800, "临江宾馆", "接待住宿"),
                (agency, "30231", 0, 1, 20, 23150, "维修中心", "车辆维修"),
                (agency, "30217", 1, 5, 10, 15200, "临江宾馆", "去年接待"),
            ]
        )
        self.assertEqual(len(bills), 4)
        self.assertEqual(set(bills.mapped("state")), {"posted"})
        self.assertEqual(len(bills.partner_id), 2)
        statement = self.env["affairs.sangong.statement"].create(
            {"year": self.year, "agency_ids": [(6, 0, self.agency_a.ids)]}
        )
        items = statement._affairs_statement_data()["rows"][0]["items"]
        self.assertEqual(
            (items["reception"]["final"], items["reception"]["last"]), (12680, 15200)
        )
        self.assertEqual(items["vehicle_running"]["final"], 23150)
        self.assertEqual(self.line_reception.actual_amount, 12680)
        self.assertEqual(self.line_reception.available_amount, 37320)
