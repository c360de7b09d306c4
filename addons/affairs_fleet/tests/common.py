# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime, timedelta

from odoo.addons.affairs_base.tests.common import AffairsCommon
from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class AffairsFleetCommon(AffairsCommon):
    """The agencies, cadres and bureau staff of ``AffairsCommon`` (the
    officers dispatch), drivers, quotas, registered vehicles and designated
    providers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.dispatcher, cls.dispatcher2 = cls.officer, cls.officer_2
        Employee = cls.env["hr.employee"]
        cls.expiry = date.today() + timedelta(days=365)
        cls.driver, cls.driver2 = Employee.create(
            [
                {
                    "name": "Driver Wang",
                    "affairs_is_driver": True,
                    "affairs_license_class": "B1",
                    "affairs_license_expiry": cls.expiry,
                },
                {
                    "name": "Driver Li",
                    "affairs_is_driver": True,
                    "affairs_license_class": "C1",
                    "affairs_license_expiry": cls.expiry,
                },
            ]
        )
        brand = cls.env["fleet.vehicle.model.brand"].create({"name": "Hongqi Test"})
        cls.car_model = cls.env["fleet.vehicle.model"].create(
            {"name": "H5", "brand_id": brand.id, "vehicle_type": "car"}
        )
        cls.env["affairs.vehicle.quota"].create(
            [
                {"agency_id": cls.agency_a.id, "category": "other", "quota": 3},
                {"agency_id": cls.agency_a.id, "category": "confidential", "quota": 1},
                {"agency_id": cls.agency_b.id, "category": "other", "quota": 2},
            ]
        )
        cls.vehicle = cls.create_vehicle("京A00001")
        cls.vehicle2 = cls.create_vehicle("京A00002")
        cls.vehicle_b = cls.create_vehicle("京B00001", agency=cls.agency_b)
        cls.vendor_fuel, cls.vendor_garage, cls.vendor_other = cls.env[
            "res.partner"
        ].create(
            [
                {"name": "Sinopec Station 1"},
                {"name": "City Garage"},
                {"name": "Roadside Garage"},
            ]
        )
        cls.env["affairs.designated.vendor"].create(
            [
                {
                    "partner_id": cls.vendor_fuel.id,
                    "service_type": "fuel",
                    "date_start": date.today() - timedelta(days=400),
                    "date_end": date.today() + timedelta(days=365),
                },
                {
                    "partner_id": cls.vendor_garage.id,
                    "service_type": "maintenance",
                    "date_start": date.today() - timedelta(days=400),
                    "date_end": date.today() - timedelta(days=10),
                },
            ]
        )
        cls.start = datetime.now().replace(
            microsecond=0, second=0, minute=0
        ) + timedelta(days=2)

    @classmethod
    def create_vehicle(cls, plate, agency=None, category="other", **vals):
        return cls.env["fleet.vehicle"].create(
            dict(
                {
                    "model_id": cls.car_model.id,
                    "license_plate": plate,
                    "affairs_agency_id": (agency or cls.agency_a).id,
                    "affairs_vehicle_category": category,
                    "affairs_purchase_price": 150000,
                    "affairs_displacement": 1.5,
                    "affairs_state": "registered",
                },
                **vals,
            )
        )

    @classmethod
    def create_request(cls, start=None, hours=3, user=None, **vals):
        start = start or cls.start
        user = user or cls.user_a
        values = {
            "purpose": "Inspection",
            "destination": "County school",
            "date_start": start,
            "date_end": start + timedelta(hours=hours),
        }
        values.update(vals)
        request = cls.env["affairs.vehicle.request"].with_user(user).create(values)
        return request.with_env(cls.env)

    def approve(self, requests):
        """Submit as the requester and approve as the dispatcher/manager."""
        for request in requests:
            request.with_user(request.create_uid).action_submit()
            if request.is_long_trip:
                request.with_user(self.manager).action_approve()
            request.with_user(self.dispatcher).action_approve()
        return requests

    def dispatch(self, request, vehicle=None, driver=None):
        self.approve(request)
        request.with_user(self.dispatcher).action_dispatch(
            vehicle or self.vehicle, driver or self.driver
        )
        return request
