# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from .common import ReceptionCommon


class TestReceptionLetter(ReceptionCommon):
    """No reception without the sending unit's official letter (无公函不接待)."""

    def test_submit_without_letter_number_refused(self):
        reception = self._create_reception(letter_number=False)
        with self.assertRaisesRegex(UserError, "official letter"):
            reception.with_user(self.officer).action_submit()
        self.assertEqual(reception.state, "draft")

    def test_submit_without_scan_refused(self):
        reception = self._create_reception(letter_file=False)
        self.assertFalse(reception.has_letter)
        with self.assertRaisesRegex(UserError, "official letter"):
            reception.with_user(self.officer).action_submit()

    def test_submit_without_letter_date_refused(self):
        reception = self._create_reception(letter_date=False)
        with self.assertRaises(UserError):
            reception.with_user(self.officer).action_submit()

    def test_submit_with_letter(self):
        reception = self._create_reception()
        self.assertTrue(reception.has_letter)
        reception.with_user(self.officer).action_submit()
        self.assertEqual(reception.state, "submitted")
        self.assertTrue(reception.review_ids)

    def test_phone_record_only_where_accepted(self):
        """Nationally a phone record does not replace the letter; a locality
        accepting it sets the rule to 1 in its book."""
        reception = self._create_reception(letter_type="phone")
        with self.assertRaisesRegex(UserError, "phone record"):
            reception.with_user(self.officer).action_submit()
        book = self.env["affairs.standard.book"].create(
            {
                "name": "City rules",
                "date_from": self.day(-400),
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
                "company_id": self.company.id,
            }
        )
        self.company.affairs_standard_book_id = book
        self.env["affairs.reception.rule"].create(
            {
                "book_id": book.id,
                "code": "phone_record_accepted",
                "name": "ok",
                "value": 1,
            }
        )
        reception.with_user(self.officer).action_submit()
        self.assertEqual(reception.state, "submitted")

    def test_letter_after_arrival_refused(self):
        with self.assertRaisesRegex(ValidationError, "letter must precede"):
            self._create_reception(letter_date=self.day(1))

    def test_submit_without_guests_refused(self):
        reception = self._create_reception(guests=0)
        with self.assertRaisesRegex(UserError, "guests"):
            reception.action_submit()

    def test_meal_serving_more_guests_than_delegation(self):
        reception = self._create_reception(guests=2)
        self._meal(reception, guest_count=3)
        with self.assertRaisesRegex(ValidationError, "only 2"):
            reception.with_user(self.officer).action_submit()


class TestReceptionApproval(ReceptionCommon):
    """Approval before the visit, with separation of duties."""

    def test_manager_approves(self):
        reception = self._create_reception(guests=2)
        self._meal(reception, cost_per_person=120, companion_count=2)
        self._lodging(reception)
        self._approve(reception)
        self.assertEqual(reception.state, "approved")
        self.assertEqual(reception.approved_by_id, self.manager)
        self.assertEqual(reception.approved_amount, 4 * 120 + 800)

    def test_approval_after_arrival_refused(self):
        """Approval before the visit: approving once the delegation arrived
        needs a manager's exception (补批)."""
        reception = self._create_reception(
            letter_date=self.day(-80),
            date_arrival=self.at(-70),
            date_departure=self.at(-69),
        )
        reception.with_user(self.officer).action_submit()
        with self.assertRaisesRegex(UserError, "before the delegation arrives"):
            reception.with_user(self.manager).action_approve()
        self._grant(reception, "reception_late_approval", "Emergency inspection")
        reception.with_user(self.manager_2).action_approve()
        self.assertEqual(reception.state, "approved")

    def test_submitter_cannot_approve(self):
        reception = self._create_reception()
        reception.with_user(self.manager).action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            reception.with_user(self.manager).action_approve()
        reception.with_user(self.manager_2).action_approve()
        self.assertEqual(reception.state, "approved")

    def test_creator_cannot_approve(self):
        reception = self._create_reception(user=self.manager)
        reception.with_user(self.officer).action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            reception.with_user(self.manager).action_approve()

    def test_officer_cannot_approve(self):
        reception = self._create_reception()
        reception.with_user(self.manager).action_submit()
        with self.assertRaises(UserError):
            reception.with_user(self.officer).action_approve()
        self.assertEqual(reception.state, "submitted")

    def test_reject_and_redraft(self):
        reception = self._create_reception()
        reception.with_user(self.officer).action_submit()
        with self.assertRaises(UserError):
            reception.with_user(self.manager).action_reject("  ")
        reception.with_user(self.manager).action_reject("Merge with the May visit")
        self.assertEqual(reception.state, "rejected")
        self.assertEqual(reception.reject_reason, "Merge with the May visit")
        reception.with_user(self.officer).action_draft()
        self.assertEqual(reception.state, "draft")

    def test_plan_fixed_after_submit(self):
        reception = self._create_reception()
        meal = self._meal(reception)
        reception.with_user(self.officer).action_submit()
        with self.assertRaisesRegex(UserError, "has been submitted"):
            meal.with_user(self.officer).cost_per_person = 50
        with self.assertRaisesRegex(UserError, "can no longer be added"):
            self.env["affairs.reception.lodging"].with_user(self.officer).create(
                {
                    "reception_id": reception.id,
                    "hotel_id": self.hotel.id,
                    "room_count": 1,
                    "nights": 2,
                    "price_per_night": 400,
                }
            )
        with self.assertRaisesRegex(UserError, "can no longer be added"):
            meal.with_user(self.officer).unlink()

    def test_cancel(self):
        reception = self._create_reception()
        reception.with_user(self.officer).action_submit()
        reception.with_user(self.officer).action_cancel()
        self.assertEqual(reception.state, "cancel")

    def test_state_sequence(self):
        reception = self._create_reception()
        with self.assertRaises(UserError):
            reception.action_start()
        self._approve(reception)
        with self.assertRaises(UserError):
            reception.action_done()
        reception.action_start()
        reception.action_done()
        self.assertEqual(reception.state, "done")
        with self.assertRaises(UserError):
            reception.action_cancel()

    def test_delete_only_draft(self):
        reception = self._create_reception()
        self._approve(reception)
        with self.assertRaises(UserError):
            reception.unlink()

    def test_form_registration(self):
        """An officer registers a delegation through the form."""
        with Form(self.env["affairs.reception"].with_user(self.officer)) as form:
            form.visiting_partner_id = self.visitor
            form.letter_number = "函〔2026〕1号"
            form.letter_date = self.day(-9)
            form.purpose = "Inspection"
            form.date_arrival = self.at(0, 9)
            form.date_departure = self.at(1, 17)
            with form.guest_ids.new() as guest:
                guest.name = "Zhang San"
                guest.rank_id = self.rank_division
        reception = form.record
        self.assertEqual(reception.host_agency_id, self.agency_a)
        self.assertEqual(reception.guest_ids.unit, self.visitor.name)
        self.assertTrue(reception.name.startswith("JD/"))
        self.assertEqual(reception.guest_count, 1)


class TestReceptionArchive(ReceptionCommon):
    """The reception archive (接待档案) is searchable by unit, date, host, guest."""

    def test_archive_search(self):
        reception = self._create_reception(guests=1)
        reception.guest_ids.name = "李四"
        other = self._create_reception(guests=1, host_agency_id=self.agency_b.id)
        Reception = self.env["affairs.reception"]
        self.assertEqual(
            Reception.search([("guest_ids.name", "ilike", "李四")]), reception
        )
        found = Reception.search([("visiting_partner_id", "=", self.visitor.id)])
        self.assertEqual(found, reception | other)
        self.assertEqual(
            Reception.search(
                [("id", "in", found.ids), ("host_agency_id", "=", self.agency_b.id)]
            ),
            other,
        )
        self.assertEqual(
            Reception.search(
                [
                    ("id", "in", found.ids),
                    ("date_arrival", ">=", self.at(-1, 0)),
                    ("date_arrival", "<", self.at(1, 0)),
                    ("host_employee_id", "=", self.employee_host.id),
                ]
            ),
            found,
        )

    def test_requester_cannot_approve(self):
        """The cadre who requested the reception may not approve it, even as manager."""
        employee = self.employee_manager
        employee.department_id = self.agency_a
        reception = self._create_reception(requester_id=employee.id)
        reception.with_user(self.officer).action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            reception.with_user(self.manager).action_approve()

    def test_cadre_cannot_approve(self):
        reception = self._create_reception()
        reception.with_user(self.officer).action_submit()
        with self.assertRaises(UserError):
            reception.with_user(self.cadre_a).action_approve()
