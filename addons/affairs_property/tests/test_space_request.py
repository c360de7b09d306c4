# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from .common import PropertyCommon


class TestSpaceRequest(PropertyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.chief = cls._employee("处长", cls.municipal, "division")
        cls.staff = cls._employee("科员", cls.municipal, "staff")
        cls.free_room = cls._room("601", 24.0)
        cls.big_room = cls._room("602", 40.0)

    def _request(self, rooms_people, request_type="allocate", agency=None, user=None):
        # Bureau officers file most requests for the agencies; cadres may
        # too, naming the people of their own agency (test_cadre_names_*).
        Request = self.env["affairs.space.request"].with_user(user or self.officer)
        return Request.create(
            {
                "request_type": request_type,
                "agency_id": (agency or self.municipal).id,
                "reason": "新设处室",
                "line_ids": [
                    Command.create(
                        {"room_id": room.id, "employee_ids": [Command.set(people.ids)]}
                    )
                    for room, people in rooms_people
                ],
            }
        )

    def test_allocate_flow_keeps_history(self):
        """Allocation: submit, officer then manager approve, carry out, history kept."""
        request = self._request([(self.free_room, self.chief)])
        self.assertTrue(request.name.startswith("YF"))
        self.assertEqual(request.line_ids.entitled_area, 24)
        self.assertFalse(request.is_over_standard)
        request.action_submit()
        self.assertEqual(len(request.review_ids), 2)
        self._approve_all(request, (self.officer2, self.manager))
        self.assertEqual(request.state, "approved")
        request.with_user(self.officer).action_done()
        self.assertEqual(request.state, "done")
        self.assertEqual(self.free_room.agency_id, self.municipal)
        self.assertEqual(self.free_room.occupant_ids, self.chief)
        self.assertEqual(self.free_room.state, "occupied")
        history = self.free_room.assignment_ids
        self.assertEqual(len(history), 1)
        self.assertEqual(history.request_id, request)
        self.assertFalse(history.date_to)
        # Vacating closes the assignment and frees the room.
        vacate = self._request([(self.free_room, self.env["hr.employee"])], "vacate")
        vacate.action_submit()
        self._approve_all(vacate, (self.officer2, self.manager))
        vacate.with_user(self.officer).action_done()
        self.assertEqual(self.free_room.state, "free")
        self.assertFalse(self.free_room.agency_id)
        self.assertFalse(self.free_room.occupant_ids)
        self.assertTrue(history.date_to)

    def test_two_requests_same_room(self):
        """Two approved allocations of one room: the second one fails on completion."""
        first = self._request([(self.free_room, self.chief)])
        second = self._request([(self.free_room, self.chief)])
        (first | second).action_submit()
        self._approve_all(first, (self.officer2, self.manager))
        self._approve_all(second, (self.officer2, self.manager))
        first.with_user(self.officer).action_done()
        with self.assertRaises(UserError):
            second.with_user(self.officer).action_done()
        self.assertEqual(self.free_room.occupant_ids, self.chief)

    def test_separation_of_duties(self):
        """The requester cannot approve his own request."""
        request = self._request([(self.free_room, self.chief)])
        request.with_user(self.officer).action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.officer).action_approve()
        request.with_user(self.officer2).action_approve()
        with self.assertRaises(UserError):
            request.with_user(self.officer).action_approve()

    def test_over_standard_needs_manager_exception(self):
        """A 40 m² office for a 24 m² chief is refused unless a manager accepts it."""
        request = self._request([(self.big_room, self.chief)])
        self.assertTrue(request.is_over_standard)
        self.assertEqual(request.line_ids.over_area, 16)
        with self.assertRaises(ValidationError):
            request.action_submit()
        action = request.with_user(self.manager).action_grant_over_standard_exception()
        Wizard = self.env[action["res_model"]].with_context(action["context"])
        with self.assertRaises(AccessError):
            Wizard.with_user(self.officer).create({"reason": "临时"})
        wizard = Wizard.with_user(self.manager).create({"reason": "拟隔断改造"})
        self.assertEqual(wizard.rule_id.code, "property_office_over_standard")
        wizard.action_grant()
        self.assertEqual(request.affairs_exception_count, 1)
        request.action_submit()
        self._approve_all(request, (self.officer2, self.manager))
        request.with_user(self.officer).action_done()
        self.assertTrue(self.big_room.is_over_standard)

    def test_shared_office_request_within_standard(self):
        """Two occupants' standards add up: 24 + 9 = 33 m² covers a 33 m² room."""
        room = self._room("603", 33.0)
        request = self._request([(room, self.chief | self.staff)])
        self.assertEqual(request.entitled_area, 33)
        self.assertFalse(request.is_over_standard)

    def test_allocate_occupied_room_refused(self):
        """Allocation needs a free room."""
        taken = self._room("604", 9.0, self.other_agency)
        request = self._request([(taken, self.staff)])
        with self.assertRaises(UserError):
            request.action_submit()

    def test_room_under_repair_cannot_be_allocated(self):
        """A room under repair cannot be allocated, by request or directly."""
        self.free_room.state = "repair"
        request = self._request([(self.free_room, self.chief)])
        with self.assertRaises(UserError):
            request.action_submit()
        with self.assertRaises(ValidationError):
            self.free_room.agency_id = self.municipal

    def test_vacate_other_agency_room_refused(self):
        """An agency can only vacate its own rooms."""
        taken = self._room("605", 9.0, self.other_agency)
        request = self._request([(taken, self.env["hr.employee"])], "vacate")
        with self.assertRaises(UserError):
            request.action_submit()

    def test_reject_and_cancel(self):
        """Rejection needs a reason; a rejected request can be reset and cancelled."""
        request = self._request([(self.free_room, self.chief)])
        request.action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.officer2).action_reject("")
        request.with_user(self.officer2).action_reject("面积超标")
        self.assertEqual(request.state, "rejected")
        request.action_draft()
        request.action_cancel()
        self.assertEqual(request.state, "cancel")

    def test_cadre_reads_own_agency_requests(self):
        """A cadre reads his agency's requests, not another agency's."""
        mine = self._request([(self.free_room, self.chief)])
        theirs = self._request(
            [(self.big_room, self.env["hr.employee"])], agency=self.other_agency
        )
        Request = self.env["affairs.space.request"].with_user(self.cadre)
        self.assertEqual(Request.search([("id", "in", (mine | theirs).ids)]), mine)

    def test_cadre_names_occupants_of_own_agency(self):
        """A cadre files the request for their agency and names its people as
        occupants, in the form as the web client saves it; a person of another
        agency is refused, and the Employees app still shows public profiles."""
        Request = self.env["affairs.space.request"].with_user(self.cadre)
        with Form(Request) as form:
            form.agency_id = self.municipal
            form.reason = "新设处室"
            with form.line_ids.new() as line:
                line.room_id = self.free_room
                line.employee_ids.add(self.chief)
                line.employee_ids.add(self.staff)
        request = form.record
        self.assertEqual(request.line_ids.employee_ids, self.chief | self.staff)
        stranger = self._employee("外单位人员", self.other_agency, "staff")
        with self.assertRaises(AccessError):
            request.write(
                {
                    "line_ids": [
                        Command.update(
                            request.line_ids.id,
                            {"employee_ids": [Command.link(stranger.id)]},
                        )
                    ]
                }
            )
        Employee = self.env["hr.employee"].with_user(self.cadre)
        self.assertFalse(Employee.browse().has_access("read"))
        with self.assertRaises(AccessError):
            Employee.browse(self.chief.id).check_access("read")

    def test_form(self):
        """The request form computes the entitlement of the chosen people."""
        with Form(self.env["affairs.space.request"]) as form:
            form.agency_id = self.municipal
            form.reason = "测试"
            with form.line_ids.new() as line:
                line.room_id = self.free_room
                line.employee_ids.add(self.chief)
                self.assertEqual(line.entitled_area, 24)
        self.assertEqual(form.record.total_area, 24)
