# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import MeetingCommon


class TestPrintJob(MeetingCommon):
    @classmethod
    def _job(cls, user=None, **values):
        user = user or cls.user_a
        vals = {
            "title": "Annual report",
            "requester_id": (
                cls.employee_a if user == cls.user_a else cls.employee_b
            ).id,
            "pages": 10,
            "copies": 3,
            "deadline": "2030-03-04 09:00:00",
        }
        vals.update(values)
        return cls.env["affairs.print.job"].with_user(user).create(vals)

    def test_amount_from_price_table(self):
        job = self._job()
        price = self.env.ref("affairs_meeting.print_price_a4_mono")
        self.assertEqual(job.agency_id, self.agency_a)
        self.assertEqual(job.unit_price, price.unit_price)
        self.assertAlmostEqual(job.amount, 30 * price.unit_price)
        job.write({"colour": "colour", "paper_size": "a3"})
        colour = self.env.ref("affairs_meeting.print_price_a3_colour")
        self.assertAlmostEqual(job.amount, 30 * colour.unit_price)

    def test_states_by_staff(self):
        job = self._job()
        with self.assertRaises(AccessError):
            job.action_print()
        with self.assertRaises(UserError):
            job.write({"state": "ready"})
        staff_job = job.with_user(self.print_staff)
        staff_job.action_print()
        self.assertEqual(job.state, "printing")
        # The requester may no longer change a job being printed.
        with self.assertRaises(UserError):
            job.write({"copies": 100})
        with self.assertRaises(UserError):
            staff_job.action_collect()
        staff_job.action_ready()
        self.assertFalse(job.is_late)  # ready long before its deadline
        staff_job.action_collect()
        self.assertEqual(job.state, "collected")

    def test_bad_input(self):
        with self.assertRaises(ValidationError):
            self._job(pages=0)
        with self.assertRaises(ValidationError):
            self._job(copies=1_000_000)
        with self.assertRaises(UserError):
            self._job(state="ready")
        with self.assertRaises(UserError):
            self._job(requester_id=self.employee_b.id)

    def test_confidential_visible_only_to_requester_and_cleared(self):
        secret = self._job(
            is_confidential=True,
            document=base64.b64encode(b"secret"),
            document_name="secret.pdf",
        )
        public = self._job(title="Notice")
        Job = self.env["affairs.print.job"]
        domain = [("id", "in", (secret | public).ids)]
        self.assertEqual(Job.with_user(self.user_a).search(domain), secret | public)
        self.assertEqual(Job.with_user(self.print_staff).search(domain), public)
        self.assertEqual(Job.with_user(self.manager).search(domain), public)
        self.assertEqual(
            Job.with_user(self.print_cleared).search(domain), secret | public
        )
        with self.assertRaises(AccessError):
            secret.with_user(self.print_staff).read(["title"])
        # Its file neither.
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "affairs.print.job"),
                    ("res_field", "=", "document"),
                    ("res_id", "=", secret.id),
                ]
            )
        )
        self.assertTrue(attachment)
        with self.assertRaises(AccessError):
            attachment.with_user(self.print_staff).read(["datas"])
        # Cleared staff process it.
        secret.with_user(self.print_cleared).action_print()
        self.assertEqual(secret.state, "printing")
