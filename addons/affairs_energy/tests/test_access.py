# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from .common import EnergyCommon


class TestAccess(EnergyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.reading_a = cls._read(cls.elec_a, 1, 1000)
        cls.reading_b = cls._read(cls.elec_b, 1, 500)

    def test_agency_user_sees_own_agency(self):
        Reading = self.env["affairs.energy.reading"].with_user(self.user_a)
        self.assertEqual(Reading.search([]), self.reading_a)
        Meter = self.env["affairs.energy.meter"].with_user(self.user_a)
        self.assertEqual(Meter.search([]), self.elec_a | self.gas_a | self.water_a)

    def test_agency_user_enters_own_readings_only(self):
        reading = self._read(self.elec_a, 2, 1100, user=self.user_a)
        self.assertEqual(reading.consumption, 100)
        with self.assertRaises(AccessError):
            self._read(self.elec_b, 2, 600, user=self.user_a)
        with self.assertRaises(AccessError):
            self.reading_b.with_user(self.user_a).value = 700

    def test_agency_user_cannot_configure(self):
        with self.assertRaises(AccessError):
            self.elec_a.with_user(self.user_a).multiplier = 3
        factor = self.env.ref("affairs_energy.energy_factor_electricity_equivalent")
        with self.assertRaises(AccessError):
            factor.with_user(self.user_a).kgce_per_unit = 0.2
        with self.assertRaises(AccessError):
            self.env["affairs.energy.project"].with_user(self.user_a).create(
                {"name": "LED", "agency_id": self.agency_a.id}
            )

    def test_returns_per_agency(self):
        Return = self.env["affairs.energy.return"].with_user(self.user_a)
        own = Return.create(
            {"agency_id": self.agency_a.id, "year": self.year, "period_type": "year"}
        )
        with self.assertRaises(AccessError):
            Return.create(
                {
                    "agency_id": self.agency_b.id,
                    "year": self.year,
                    "period_type": "year",
                }
            )
        other = self.env["affairs.energy.return"].create(
            {"agency_id": self.agency_b.id, "year": self.year, "period_type": "year"}
        )
        self.assertEqual(Return.search([]), own)
        self.assertIn(other, Return.with_user(self.officer).search([]))

    def test_officer_reviews_but_does_not_configure(self):
        Reading = self.env["affairs.energy.reading"].with_user(self.officer)
        mine = [("meter_id", "in", (self.elec_a | self.elec_b).ids)]
        self.assertEqual(Reading.search(mine), self.reading_a | self.reading_b)
        with self.assertRaises(AccessError):
            self.elec_a.with_user(self.officer).multiplier = 3
        factor = self.env.ref("affairs_energy.energy_factor_electricity_equivalent")
        factor.with_user(self.manager).note = "checked"
        self.elec_a.with_user(self.manager).multiplier = 3

    def test_other_company_hidden(self):
        company_2 = self.env["res.company"].create({"name": "Other Bureau"})
        agency = self.env["hr.department"].create(
            {
                "name": "Agency C",
                "is_affairs_agency": True,
                "affairs_level": "county",
                "company_id": company_2.id,
            }
        )
        meter = self.env["affairs.energy.meter"].create(
            {
                "name": "C",
                "kind": "water",
                "agency_id": agency.id,
                "company_id": company_2.id,
            }
        )
        officer = new_test_user(
            self.env, "energy_officer_c1", groups="affairs_base.group_affairs_officer"
        )
        self.assertNotIn(
            meter, self.env["affairs.energy.meter"].with_user(officer).search([])
        )
