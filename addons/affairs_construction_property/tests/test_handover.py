# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError

from odoo.addons.affairs_construction.tests.common import ConstructionCommon


class TestHandover(ConstructionCommon):
    """A closed project registers its building and asset in the property
    register at the audited final amount."""

    def _close(self, project, contract):
        self._certify(contract, 100.0)
        project.write(
            {
                "acceptance_date": "2026-10-01",
                "acceptance_committee": "Committee",
                "acceptance_result": "passed",
            }
        )
        project.action_accept()
        contract.write({"settlement_amount": 990000.0, "settlement_date": "2026-10-15"})
        contract.action_settle()
        project.write({"final_amount": 980000.0, "final_audit_date": "2026-11-01"})
        project.action_close()

    def test_new_build_registers_building_and_asset(self):
        project = self._project(project_type="new_build", site="New canteen")
        project.action_approve()
        project.action_start()
        contract = self._contract(project)
        with self.assertRaises(UserError):
            project.action_handover()
        self._close(project, contract)
        project.with_user(self.office).action_handover()
        self.assertEqual(project.building_id.name, "New canteen")
        asset = project.asset_ids
        self.assertEqual(len(asset), 1)
        self.assertEqual(asset.acquisition_value, 980000.0)
        self.assertEqual(asset.acquisition_method, "construction")
        self.assertEqual(asset.agency_id, self.agency_a)
        self.assertEqual(str(asset.acquisition_date), "2026-10-01")
        with self.assertRaises(UserError):
            project.action_handover()

    def test_renovation_keeps_its_building(self):
        building = self.env["affairs.building"].create({"name": "Building 1"})
        self.project.building_id = building
        self._close(self.project, self.contract)
        self.project.action_handover()
        self.assertEqual(self.project.building_id, building)
        self.assertEqual(
            self.env["affairs.building"].search_count([("name", "=", "Building 1")]), 1
        )
        self.assertEqual(self.project.asset_ids.acquisition_value, 980000.0)
