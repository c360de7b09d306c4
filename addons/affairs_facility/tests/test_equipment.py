# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import UserError
from odoo.tests import Form, freeze_time, tagged

from .common import FacilityCommon


@tagged("at_install", "-post_install")
class TestSpecialEquipment(FacilityCommon):
    """Statutory inspection and certificates of special equipment."""

    def _certificate(self, expiry, kind="inspection", equipment=None):
        return self.env["affairs.equipment.certificate"].create(
            {
                "equipment_id": (equipment or self.lift).id,
                "name": f"CERT-{kind}-{expiry}",
                "kind": kind,
                "issue_date": expiry - timedelta(days=365),
                "expiry_date": expiry,
            }
        )

    def test_next_inspection_is_latest_inspection_certificate(self):
        """The next inspection is the expiry of the latest inspection
        certificate; the use ends at the earliest of the kinds in force."""
        today = date.today()
        self._certificate(today + timedelta(days=10))
        self._certificate(today + timedelta(days=300))
        self._certificate(today + timedelta(days=200), kind="registration")
        self.assertEqual(
            self.lift.affairs_next_inspection_date, today + timedelta(days=300)
        )
        self.assertEqual(
            self.lift.affairs_certificate_expiry_date, today + timedelta(days=200)
        )
        self.assertFalse(self.lift.affairs_is_lapsed)

    def test_lapsed_inspection_blocks_use(self):
        """Once the inspection has lapsed the lift cannot be put back in use,
        with a message naming the date; a new certificate lifts the block."""
        expired = date.today() - timedelta(days=1)
        self._certificate(expired)
        self.lift.with_user(self.dispatcher).action_affairs_stop()
        self.assertTrue(self.lift.affairs_is_lapsed)
        self.assertIn(
            self.lift,
            self.env["maintenance.equipment"].search(
                [("affairs_is_lapsed", "=", True)]
            ),
        )
        with self.assertRaisesRegex(UserError, str(expired)):
            self.lift.with_user(self.dispatcher).action_affairs_resume()
        with self.assertRaises(UserError):
            self.lift.write({"affairs_use_state": "in_use"})
        self.assertEqual(self.lift.affairs_use_state, "stopped")
        self._certificate(date.today() + timedelta(days=365))
        self.lift.with_user(self.dispatcher).action_affairs_resume()
        self.assertEqual(self.lift.affairs_use_state, "in_use")

    def test_block_message_in_chinese(self):
        """Chinese users read the refusal in Chinese."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["affairs_facility"], ["zh_CN"])
        self.lift.action_affairs_stop()
        with self.assertRaisesRegex(UserError, "特种设备"):
            self.lift.with_context(lang="zh_CN").action_affairs_resume()

    def test_ordinary_equipment_never_lapses(self):
        self.ac_a.action_affairs_stop()
        self.ac_a.action_affairs_resume()
        self.assertEqual(self.ac_a.affairs_use_state, "in_use")

    def test_cron_reminds_then_stops(self):
        """30 days before expiry the technician gets one reminder; after the
        expiry the daily job stops the lift."""
        expiry = date.today() + timedelta(days=20)
        self._certificate(expiry)
        Equipment = self.env["maintenance.equipment"]
        Equipment._cron_affairs_certificates()
        Equipment._cron_affairs_certificates()
        reminders = self.lift.activity_ids.filtered(lambda a: a.date_deadline == expiry)
        self.assertEqual(len(reminders), 1)
        self.assertEqual(reminders.user_id, self.technician)
        self.assertEqual(self.lift.affairs_use_state, "in_use")
        with freeze_time(expiry + timedelta(days=1)):
            Equipment._cron_affairs_certificates()
            self.assertEqual(self.lift.affairs_use_state, "stopped")

    def test_register_form(self):
        """The register form takes the location and the special flag."""
        with Form(self.env["maintenance.equipment"]) as form:
            form.name = "Boiler"
            form.affairs_building = "Annex"
            form.affairs_floor = "B1"
            form.affairs_is_special = True
            form.affairs_special_type = "boiler"
        boiler = form.record
        self.assertTrue(boiler.affairs_is_lapsed)
        self.assertEqual(boiler.affairs_building, "Annex")
