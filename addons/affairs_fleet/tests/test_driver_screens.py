# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError

from .common import AffairsFleetCommon


class TestDriverScreens(AffairsFleetCommon):
    def _driver_views(self, user):
        action = self.env.ref("affairs_fleet.hr_employee_action_driver")
        views = [(view.view_id.id, view.view_mode) for view in action.view_ids]
        views.append((action.search_view_id.id, "search"))
        return self.env["hr.employee"].with_user(user).get_views(views)

    def test_dispatch_desk_manages_drivers(self):
        """The dispatch desk opens the drivers, reads every field the screens
        show and keeps the licence up to date; HR fields stay closed."""
        views = self._driver_views(self.dispatcher)
        spec = {}
        for view_type in ("list", "form"):
            arch = views["views"][view_type]["arch"]
            for fname in views["models"]["hr.employee"]["fields"]:
                if f'name="{fname}"' in arch:
                    spec[fname] = {}
        Employee = self.env["hr.employee"].with_user(self.dispatcher)
        records = Employee.web_search_read([("affairs_is_driver", "=", True)], spec)
        self.assertTrue(records["length"])
        Employee.browse(self.driver.id).write({"affairs_license_number": "110101"})
        self.assertEqual(self.driver.affairs_license_number, "110101")
        with self.assertRaises(AccessError):
            Employee.browse(self.driver.id).write({"name": "Renamed"})

    def test_dispatch_board_views(self):
        """The board opens on open trips; its pivot groups by month, not by day;
        calendar events carry purpose and destination."""
        action = self.env.ref("affairs_fleet.affairs_vehicle_request_action_board")
        self.assertIn("search_default_open", action.context)
        Request = self.env["affairs.vehicle.request"]
        pivot = Request.get_view(view_type="pivot")["arch"]
        self.assertNotIn('interval="day"', pivot)
        calendar = Request.get_view(view_type="calendar")["arch"]
        self.assertIn('name="purpose"', calendar)
        self.assertIn('name="destination"', calendar)
        self.assertEqual(self.env.ref("base.lang_zh_CN").week_start, "1")
