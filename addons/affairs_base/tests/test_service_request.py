# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, freeze_time

from .common import AffairsCommon


class TestServiceRequest(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A plain 8-12 / 13-17 Monday-Friday calendar in UTC.
        cls.calendar = cls.env["resource.calendar"].create(
            {
                "name": "Bureau hours",
                "tz": "UTC",
                "attendance_ids": [
                    (
                        0,
                        0,
                        {
                            "name": f"{day} {period}",
                            "dayofweek": str(day),
                            "hour_from": start,
                            "hour_to": end,
                            "day_period": period,
                        },
                    )
                    for day in range(5)
                    for period, start, end in (
                        ("morning", 8, 12),
                        ("afternoon", 13, 17),
                    )
                ],
            }
        )
        cls.env.company.resource_calendar_id = cls.calendar

    def _accepted(self):
        request = self._request()
        request.action_submit()
        request.with_user(self.officer).action_accept()
        return request

    @freeze_time("2026-11-20 16:00:00")  # a Friday
    def test_deadline_on_working_calendar(self):
        """8 promised working hours from Friday 16:00 end on Monday 16:00."""
        request = self._request()
        request.action_submit()
        self.assertEqual(request.state, "approved", "repair needs no approval")
        self.assertEqual(request.deadline, datetime(2026, 11, 23, 16, 0))

    def test_name_and_defaults(self):
        with Form(self.env["affairs.service.request"].with_user(self.user_a)) as form:
            form.title = "Printer jam"
            form.category_id = self.category_repair
        request = form.record
        self.assertTrue(request.name.startswith("SR/"))
        self.assertEqual(request.requester_id, self.employee_a)
        self.assertEqual(request.agency_id, self.agency_a)

    def test_handlers_notified(self):
        request = self._request()
        request.action_submit()
        self.assertIn(self.officer, request.activity_ids.user_id)

    def test_first_responsibility(self):
        """The first officer to accept owns the request; nobody else can take it."""
        request = self._accepted()
        self.assertEqual(request.state, "in_progress")
        self.assertEqual(request.handler_id, self.officer)
        with self.assertRaisesRegex(UserError, "not waiting for a handler"):
            request.with_user(self.officer_2).action_accept()
        with self.assertRaisesRegex(UserError, "only through its actions"):
            request.with_user(self.manager).write({"handler_id": self.officer_2.id})
        with self.assertRaisesRegex(UserError, "can close it"):
            request.with_user(self.officer_2).action_done()

    def test_handover_is_recorded(self):
        request = self._accepted()
        with self.assertRaisesRegex(UserError, "or a manager can hand it over"):
            self.env["affairs.service.handover"].with_user(self.officer_2).create(
                {
                    "request_id": request.id,
                    "to_user_id": self.officer_2.id,
                    "reason": "mine now",
                }
            )
        with self.assertRaisesRegex(UserError, "not bureau staff"):
            self.env["affairs.service.handover"].with_user(self.officer).create(
                {"request_id": request.id, "to_user_id": self.user_b.id, "reason": "x"}
            )
        handover = (
            self.env["affairs.service.handover"]
            .with_user(self.officer)
            .create(
                {
                    "request_id": request.id,
                    "to_user_id": self.officer_2.id,
                    "reason": "Going on leave",
                }
            )
        )
        self.assertEqual(handover.from_user_id, self.officer)
        self.assertEqual(request.handler_id, self.officer_2)
        self.assertEqual(request.handover_count, 1)
        self.assertIn("Going on leave", request.message_ids[0].body)
        request.with_user(self.officer_2).action_done()
        self.assertEqual(request.state, "done")

    def test_overdue_flag_and_search(self):
        with freeze_time("2026-11-16 09:00:00"):  # Monday
            request = self._request()
            request.action_submit()
            done = self._accepted()
        self.assertEqual(request.deadline, datetime(2026, 11, 17, 9, 0))
        with freeze_time("2026-11-17 08:59:00"):
            request.invalidate_recordset(["is_overdue"])
            self.assertFalse(request.is_overdue)
        with freeze_time("2026-11-17 09:01:00"):
            request.invalidate_recordset(["is_overdue"])
            self.assertTrue(request.is_overdue)
            overdue = self.env["affairs.service.request"].search(
                [("is_overdue", "=", True)]
            )
            self.assertIn(request, overdue)
            self.assertIn(done, overdue)
            self.assertNotIn(
                request,
                self.env["affairs.service.request"].search(
                    [("is_overdue", "=", False)]
                ),
            )
            self.env["affairs.service.request"]._cron_flag_overdue()
            self.assertIn(
                self.env.ref("mail.mail_activity_data_warning"),
                request.activity_ids.activity_type_id,
            )
            done.with_user(self.officer).action_done()
            self.assertEqual(done.on_time_rate, 0.0)

    def test_on_time(self):
        request = self._accepted()
        request.with_user(self.officer).action_done()
        self.assertEqual(request.on_time_rate, 100.0)
        self.assertFalse(request.is_overdue)

    def test_rating_by_requester_once_done(self):
        request = self._accepted()
        with self.assertRaisesRegex(UserError, "once it is done"):
            request.with_user(self.user_a).action_rate(5)
        request.with_user(self.officer).action_done()
        with self.assertRaisesRegex(UserError, "Only the requester"):
            request.with_user(self.officer).action_rate(5)
        with self.assertRaisesRegex(UserError, "from 1 to 5"):
            request.with_user(self.user_a).action_rate(6)
        request.with_user(self.user_a).action_rate(4, "Quick")
        self.assertEqual(request.rating_value, 4)
        self.assertEqual(request.rating_comment, "Quick")

    def test_statistics_per_category_and_handler(self):
        first, second = self._accepted(), self._accepted()
        first.with_user(self.officer).action_done()
        second.with_user(self.officer).action_done()
        first.with_user(self.user_a).action_rate(5)
        second.with_user(self.user_a).action_rate(2)
        groups = self.env["affairs.service.request"]._read_group(
            [("id", "in", (first | second).ids)],
            ["category_id", "handler_id"],
            ["rating_value:avg", "on_time_rate:avg", "__count"],
        )
        self.assertEqual(groups, [(self.category_repair, self.officer, 3.5, 100.0, 2)])

    def test_negative_cost_refused(self):
        from psycopg2 import IntegrityError

        from odoo.tools import mute_logger

        with self.assertRaisesRegex(UserError, "cannot be negative"):
            self._request(estimated_cost=-1)
        # the database refuses it too, whoever writes
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self._request(user=self.env.ref("base.user_root"), estimated_cost=-1)

    def test_processed_request_not_deleted(self):
        request = self._accepted()
        with self.assertRaises(UserError):
            request.unlink()
        draft = self._request()
        draft.unlink()
        self.assertFalse(draft.exists())

    def test_promised_time_positive(self):
        with self.assertRaises(ValidationError):
            self.category_repair.promised_hours = 0
