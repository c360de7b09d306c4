# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta

import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

CONTEXT = {"tracking_disable": True, "mail_create_nolog": True}


@tagged("post_install", "-at_install")
class TestConcurrentBooking(TransactionCase):
    """Two users confirm overlapping bookings of a room at the same moment:
    each transaction's own check passes, PostgreSQL lets only one through."""

    def setUp(self):
        super().setUp()
        with self.env.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, CONTEXT)
            agency = env["hr.department"].create(
                {
                    "name": "Concurrency agency",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                    "affairs_headcount": 10,
                }
            )
            employee = env["hr.employee"].create(
                {"name": "Concurrency organiser", "department_id": agency.id}
            )
            room = env["affairs.meeting.room"].create(
                {
                    "name": "Concurrency room",
                    "capacity": 10,
                    "hour_open": 0,
                    "hour_close": 24,
                    "cleanup_minutes": 30,
                }
            )
            start = datetime(2031, 5, 6, 9, 0)
            bookings = env["affairs.meeting.booking"].create(
                [
                    {
                        "subject": subject,
                        "room_id": room.id,
                        "organizer_id": employee.id,
                        "date_start": start + timedelta(hours=offset),
                        "date_end": start + timedelta(hours=offset + 1),
                    }
                    # The second starts when the first ends, inside its clean-up.
                    for subject, offset in (("First", 0), ("Second", 1))
                ]
            )
            cr.commit()
        self.data = {
            "agency": agency.id,
            "employee": employee.id,
            "room": room.id,
            "bookings": bookings.ids,
        }
        self.envs = [
            api.Environment(self.env.registry.cursor(), SUPERUSER_ID, CONTEXT)
            for _index in range(3)
        ]
        self.addCleanup(self._clean_up)

    def _clean_up(self):
        for env in self.envs:
            env.cr.close()
        with self.env.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, CONTEXT)
            bookings = env["affairs.meeting.booking"].browse(self.data["bookings"])
            bookings.filtered(lambda b: b.state != "draft")._affairs_transition_write(
                {"state": "cancel"}
            )
            bookings.unlink()
            env["affairs.meeting.room"].browse(self.data["room"]).unlink()
            env["hr.employee"].browse(self.data["employee"]).unlink()
            env["hr.department"].browse(self.data["agency"]).unlink()
            cr.commit()

    def test_two_transactions_confirm_overlapping_bookings(self):
        env0, env1, env2 = self.envs
        first_id, second_id = self.data["bookings"]
        # Transaction 1 starts (its snapshot is taken) before 2 commits.
        env1.cr.execute("SELECT 1")
        env2["affairs.meeting.booking"].browse(second_id).action_confirm()
        env2.cr.commit()
        # Transaction 1 cannot see the other confirmation: its own check
        # passes, the exclusion constraint refuses the write.
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(psycopg2.Error) as caught,
        ):
            env1["affairs.meeting.booking"].browse(first_id).action_confirm()
            env1.cr.flush()
        self.assertIsInstance(
            caught.exception,
            (psycopg2.errors.ExclusionViolation, psycopg2.errors.SerializationFailure),
        )
        env1.cr.rollback()
        states = (
            env0["affairs.meeting.booking"]
            .browse(self.data["bookings"])
            .mapped("state")
        )
        self.assertEqual(states, ["draft", "approved"])
