# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from .common import AffairsFleetCommon


class TestRuleDates(AffairsFleetCommon):
    """A trip follows the rules in force on the day it starts."""

    def test_long_trip_by_start_date(self):
        before = self.create_request(start=datetime(2026, 6, 30, 1, 0), hours=7)
        after = self.create_request(start=datetime(2026, 7, 1, 1, 0), hours=7)
        self.assertFalse(before.is_long_trip)
        self.assertFalse(after.is_long_trip)
        book = self.env["affairs.standard.book"].create(
            {
                "name": "Province from July 2026",
                "scope": "local",
                "date_from": date(2026, 7, 1),
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
            }
        )
        self.env.company.affairs_standard_book_id = book
        rule = self.env["affairs.vehicle.lifecycle.rule"].create(
            {
                "book_id": book.id,
                "code": "long_trip_hours",
                "name": "Long trip above",
                "value": 6,
            }
        )
        # The new rule reaches the stored flag of the trips it governs only.
        self.assertFalse(before.is_long_trip, "started before the local book")
        self.assertTrue(after.is_long_trip)
        rule.value = 10
        self.assertFalse(after.is_long_trip)

    def test_parameter_rules_read_one_way(self):
        """Missing, yes/no and amount rules read as the reception's do."""
        Rule = self.env["affairs.vehicle.lifecycle.rule"]
        self.assertIsNone(Rule._get_param("no_such_rule"))
        self.assertEqual(Rule._get_param("no_such_rule", 30), 30)
        self.assertFalse(Rule._get_flag("no_such_rule"))
        self.assertIsNone(Rule._get_amount("no_such_rule"))
        self.assertEqual(Rule._get_param("long_trip_hours"), 8.0)
        self.assertTrue(Rule._get_flag("long_trip_hours"))
        self.assertEqual(
            Rule._get_params(["long_trip_hours", "no_such_rule"]),
            {"long_trip_hours": 8.0},
        )
