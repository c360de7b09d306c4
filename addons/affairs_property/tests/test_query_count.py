# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command

from .common import PropertyCommon


class TestQueryCount(PropertyCommon):
    """Compliance and the ledger cost a number of queries independent of size."""

    def _make_compound(self, size, tag):
        agency = self.env["hr.department"].create(
            {
                "name": f"机关{tag}",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        ranks = [self._rank(code) for code in ("division", "section", "staff")]
        employees = self.env["hr.employee"].create(
            [
                {
                    "name": f"{tag}-{index}",
                    "department_id": agency.id,
                    "affairs_rank_id": ranks[index % 3].id,
                }
                for index in range(size * 2)
            ]
        )
        building = self.env["affairs.building"].create(
            {"name": f"楼{tag}", "code": tag}
        )
        rooms = self.env["affairs.room"].create(
            [
                {
                    "building_id": building.id,
                    "name": str(index),
                    "usable_area": 20,
                    "agency_id": agency.id,
                    "occupant_ids": [
                        Command.set(employees[2 * index : 2 * index + 2].ids)
                    ],
                }
                for index in range(size)
            ]
        )
        return agency, rooms, employees

    def _compliance_queries(self, size, tag):
        agency, rooms, employees = self._make_compound(size, tag)
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        rooms._affairs_recompute_compliance()
        rooms.flush_model()
        figures = agency.affairs_office_over_area
        self.assertGreaterEqual(figures, 0)
        return self.env.cr.sql_log_count - before

    def test_compliance_query_count_constant(self):
        """Recomputing 10 or 40 offices and the agency figures: same number of queries."""
        small = self._compliance_queries(10, "S")
        large = self._compliance_queries(40, "L")
        self.assertEqual(small, large)

    def _ledger_queries(self, size):
        assets = (
            self.env["affairs.asset"]
            .with_context(affairs_skip_account_asset=True)
            .create(
                [
                    {
                        "name": f"资产{index}",
                        "category_id": self._category("A02.1").id,
                        "agency_id": self.municipal.id,
                        "acquisition_date": "2024-01-01",
                        "acquisition_value": 100 + index,
                    }
                    for index in range(size)
                ]
            )
        )
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        self.env["ir.actions.report"]._render_xlsx(
            "affairs_property.asset_ledger_xlsx", assets.ids, {}
        )
        return self.env.cr.sql_log_count - before

    def test_ledger_query_count_constant(self):
        """Exporting 10 or 40 assets to Excel: same number of queries."""
        self.assertEqual(self._ledger_queries(10), self._ledger_queries(40))
