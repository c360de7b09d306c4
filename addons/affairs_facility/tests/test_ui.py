# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.affairs_base.tests.role_tours import AffairsRoleTourCase


@tagged("post_install", "-at_install")
class TestFacilityTour(AffairsRoleTourCase):
    """In Chinese, with the demo users: a cadre reports a broken air
    conditioner; the dispatch centre sends a technician; the technician
    closes the repair and the cadre rates it; an officer scores the cleaning
    contract's month."""

    def test_repair_and_scoring_tour(self):
        if not self.env.ref(
            "affairs_facility.contract_cleaning", raise_if_not_found=False
        ):
            return
        self._start_role_tour("affairs_base.user_cadre", "affairs_facility_report_tour")
        request = self.env["affairs.service.request"].search(
            [("title", "=", "505室空调不制冷（导览）")]
        )
        self.assertEqual(request.state, "approved")
        self._start_role_tour(
            "affairs_base.user_officer", "affairs_facility_dispatch_tour"
        )
        repair = request.affairs_maintenance_ids
        self.assertEqual(
            repair.user_id, self.env.ref("affairs_facility.user_technician")
        )
        self.assertEqual(
            repair.affairs_owner_id, self.env.ref("affairs_base.user_officer")
        )
        self._start_role_tour(
            "affairs_facility.user_technician", "affairs_facility_repair_tour"
        )
        self.assertTrue(repair.stage_id.done)
        self.assertEqual(request.state, "done")
        self._start_role_tour("affairs_base.user_cadre", "affairs_facility_rate_tour")
        self.assertEqual(request.rating, "5")
        self._start_role_tour(
            "affairs_base.user_officer", "affairs_facility_score_tour"
        )
        inspection = self.env["affairs.service.inspection"].search(
            [
                (
                    "contract_id",
                    "=",
                    self.env.ref("affairs_facility.contract_cleaning").id,
                )
            ],
            order="period desc",
            limit=1,
        )
        self.assertEqual(inspection.state, "submitted")
        self.assertEqual(inspection.line_ids[0].defect_count, 2)
