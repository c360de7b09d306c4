# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError, ValidationError

from .common import AffairsFleetCommon


class TestVehicleRegister(AffairsFleetCommon):
    def test_category_keys(self):
        """The interface keys of the official categories are kept."""
        keys = dict(
            self.env["fleet.vehicle"]._fields["affairs_vehicle_category"].selection
        )
        for key in (
            "confidential",
            "emergency",
            "law_enforcement",
            "special_technical",
            "other",
        ):
            self.assertIn(key, keys)

    def test_register_fields(self):
        """Markings, positioning terminal, displacement and price are recorded."""
        vehicle = self.create_vehicle(
            "京A00009",
            affairs_marking="exempt",
            affairs_gps_installed=True,
            affairs_gps_terminal="BD-0001",
        )
        self.assertEqual(vehicle.affairs_agency_id, self.agency_a)
        self.assertEqual(vehicle.affairs_gps_terminal, "BD-0001")
        self.assertEqual(vehicle.affairs_displacement, 1.5)
        self.assertEqual(vehicle.affairs_state, "registered")

    def test_quota_refused_beyond(self):
        """Agency A may have 3 general cars: the third passes, the fourth is refused."""
        quota = self.env["affairs.vehicle.quota"].search(
            [("agency_id", "=", self.agency_a.id), ("category", "=", "other")]
        )
        self.assertEqual(quota.actual_count, 2)
        self.assertEqual(quota.free_count, 1)
        self.create_vehicle("京A00003")
        self.assertEqual(quota.actual_count, 3)
        self.assertEqual(quota.free_count, 0)
        with self.assertRaisesRegex(ValidationError, "quota exceeded"):
            self.create_vehicle("京A00004")

    def test_quota_missing_refused(self):
        """No quota for the category means no place at all."""
        with self.assertRaisesRegex(ValidationError, "no vehicle quota"):
            self.create_vehicle("京A00005", category="emergency")

    def test_draft_vehicle_not_counted(self):
        """A vehicle to register takes no place until it is registered."""
        self.create_vehicle("京A00003")
        draft = self.create_vehicle("京A00006", affairs_state="draft")
        with self.assertRaisesRegex(ValidationError, "quota exceeded"):
            draft.action_affairs_register()

    def test_reactivate_beyond_quota(self):
        """Archiving frees a place; reactivating when it was taken is refused."""
        quota = self.env["affairs.vehicle.quota"].search(
            [("agency_id", "=", self.agency_a.id), ("category", "=", "other")]
        )
        self.create_vehicle("京A00003")
        self.vehicle2.action_archive()
        self.assertEqual(quota.actual_count, 2)
        self.create_vehicle("京A00007")
        with self.assertRaisesRegex(ValidationError, "quota exceeded"):
            self.vehicle2.action_unarchive()

    def test_move_to_other_agency_checks_quota(self):
        """Transferring a car to a full agency is refused."""
        self.create_vehicle("京B00002", agency=self.agency_b)
        with self.assertRaisesRegex(ValidationError, "quota exceeded"):
            self.vehicle.affairs_agency_id = self.agency_b

    def test_quota_cannot_go_below_vehicles(self):
        quota = self.env["affairs.vehicle.quota"].search(
            [("agency_id", "=", self.agency_a.id), ("category", "=", "other")]
        )
        with self.assertRaises(ValidationError):
            quota.quota = 1
        quota.quota = 2
        self.assertEqual(quota.utilisation, 100.0)

    def test_register_needs_agency(self):
        vehicle = self.env["fleet.vehicle"].create({"model_id": self.car_model.id})
        self.assertEqual(vehicle.affairs_state, "draft")
        with self.assertRaises(UserError):
            vehicle.action_affairs_register()

    def test_price_cap(self):
        """Confidential cars: 120,000 CNY passes, 120,001 is refused."""
        ok = self.create_vehicle(
            "京A10001", category="confidential", affairs_purchase_price=120000
        )
        ok.action_archive()
        with self.assertRaisesRegex(ValidationError, "over the 120000 CNY cap"):
            self.create_vehicle(
                "京A10002", category="confidential", affairs_purchase_price=120001
            )

    def test_displacement_cap(self):
        """Confidential cars: 1.6 L passes, 1.7 L is refused."""
        ok = self.create_vehicle(
            "京A10003",
            category="confidential",
            affairs_purchase_price=100000,
            affairs_displacement=1.6,
        )
        ok.action_archive()
        with self.assertRaisesRegex(ValidationError, "1.60 L cap"):
            self.create_vehicle(
                "京A10004",
                category="confidential",
                affairs_purchase_price=100000,
                affairs_displacement=1.7,
            )

    def test_cap_with_manager_exception(self):
        """Over the cap only with an exception a manager recorded."""
        vehicle = self.create_vehicle(
            "京A10005", affairs_state="draft", affairs_purchase_price=200000
        )
        with self.assertRaisesRegex(
            ValidationError, r"(?s)over the 180000 CNY cap.*Vehicle purchase price cap"
        ):
            vehicle.action_affairs_register()
        vehicle.with_user(self.manager).action_affairs_grant_exception(
            "fleet_price_cap", "Donated armoured car"
        )
        vehicle.action_affairs_register()
        self.assertEqual(vehicle.affairs_state, "registered")

    def test_nev_sedan_cap(self):
        """A new-energy sedan: 180,000 passes, 180,001 is refused."""
        self.create_vehicle(
            "京A10006", affairs_is_nev=True, affairs_purchase_price=180000
        )
        with self.assertRaises(ValidationError):
            self.vehicle.write(
                {"affairs_is_nev": True, "affairs_purchase_price": 180001}
            )

    def test_special_variant_needs_exception(self):
        vehicle = self.create_vehicle(
            "京A10007", affairs_state="draft", affairs_variant="special"
        )
        with self.assertRaisesRegex(ValidationError, "special-circumstances"):
            vehicle.action_affairs_register()

    def test_special_technical_no_national_cap(self):
        self.env["affairs.vehicle.quota"].create(
            {"agency_id": self.agency_a.id, "category": "special_technical", "quota": 1}
        )
        vehicle = self.create_vehicle(
            "京A10008",
            category="special_technical",
            affairs_purchase_price=900000,
            affairs_displacement=5.0,
        )
        self.assertEqual(vehicle.affairs_state, "registered")

    def test_local_book_tightens_cap(self):
        """A local book row hides the national one for the same category."""
        national = self.env.ref("affairs_base.standard_book_national")
        local = self.env["affairs.standard.book"].create(
            {
                "name": "Test City Book",
                "scope": "local",
                "parent_id": national.id,
                "date_from": date(2015, 1, 1),
                "company_id": self.env.company.id,
            }
        )
        self.env.company.affairs_standard_book_id = local
        self.env["affairs.vehicle.standard"].create(
            {
                "name": "Local general car",
                "book_id": local.id,
                "category": "other",
                "variant": "standard",
                "max_price": 140000,
                "max_displacement": 1.6,
            }
        )
        with self.assertRaisesRegex(ValidationError, "over the 140000 CNY cap"):
            self.vehicle.affairs_purchase_price = 150000.5
