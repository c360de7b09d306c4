# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.tests import HttpCase, tagged

from odoo.addons.affairs_base.tests.common import AffairsCommon, in_english


@tagged("post_install", "-at_install")
class TestUi(AffairsCommon, HttpCase):
    def test_reading_and_quarterly_return_tour(self):
        """An agency user enters a month's reading and submits the return of
        the quarter; an officer reviews it."""
        today = date.today()
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        start = quarter_start - relativedelta(months=3)
        meter = self.env["affairs.energy.meter"].create(
            {
                "name": "Tour meter",
                "code": "TOUR-1",
                "kind": "electricity",
                "agency_id": self.agency_a.id,
            }
        )
        # monthly readings from the month before last year's same quarter to
        # the quarter that ended last, but for its last month (the tour's)
        months = [start - relativedelta(months=13 - step) for step in range(12)]
        months += [
            start - relativedelta(months=1),
            start,
            start + relativedelta(months=1),
        ]
        self.env["affairs.energy.reading"].create(
            [
                {
                    "meter_id": meter.id,
                    "date": month + relativedelta(days=19),
                    "value": 1000 * index,
                }
                for index, month in enumerate(months)
            ]
        )
        self.env.cr.flush()
        self.start_tour(
            "/odoo/energy-readings",
            "affairs_energy_reading_tour",
            login=in_english(self.env, "cadre_a"),
        )
        self.start_tour(
            "/odoo/energy-returns",
            "affairs_energy_return_tour",
            login=in_english(self.env, "cadre_a"),
        )
        ret = self.env["affairs.energy.return"].search(
            [("agency_id", "=", self.agency_a.id)]
        )
        self.assertEqual(ret.state, "submitted")
        self.start_tour(
            f"/odoo/energy-returns/{ret.id}",
            "affairs_energy_review_tour",
            login=in_english(self.env, "officer_1"),
        )
        self.assertEqual(ret.state, "approved")
