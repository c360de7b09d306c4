# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

MODULES = ["base", "web", "mail", "affairs_base", "affairs_meeting", "web_timeline"]


@tagged("post_install", "-at_install")
class TestMeetingTour(HttpCase):
    """In Chinese: a cadre books the hall with tea and a projector; the bureau
    confirms it from the timeline; an overlapping booking is refused."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(MODULES, ["zh_CN"])

    def test_book_confirm_and_refuse_overlap(self):
        agency = self.env["hr.department"].create(
            {"name": "巡察办", "is_affairs_agency": True, "affairs_level": "municipal"}
        )
        cadre = new_test_user(
            self.env,
            "tour_meeting_cadre",
            groups="affairs_base.group_affairs_user",
            lang="zh_CN",
            tz="UTC",
        )
        new_test_user(
            self.env,
            "tour_meeting_manager",
            groups="affairs_base.group_affairs_manager",
            lang="zh_CN",
            tz="UTC",
        )
        self.env["hr.employee"].create(
            {"name": "巡察干部", "department_id": agency.id, "user_id": cadre.id}
        )
        hall = self.env["affairs.meeting.room"].create(
            {
                "name": "巡察会议厅",
                "capacity": 60,
                "hour_open": 0,
                "hour_close": 24,
                "needs_approval": True,
            }
        )
        action = "/odoo/action-affairs_meeting.affairs_meeting_booking_action"
        self.start_tour(
            f"{action}/new", "affairs_meeting_booking_tour", login=cadre.login
        )
        Booking = self.env["affairs.meeting.booking"]
        booking = Booking.search([("subject", "=", "巡察工作部署会")])
        self.assertEqual(booking.state, "submitted")
        self.assertEqual(booking.room_id, hall)
        self.assertEqual(
            set(booking.service_line_ids.item_id.mapped("category")), {"tea", "av"}
        )
        refused = Booking.search([("subject", "=", "重叠的会议")])
        self.assertEqual(refused.state, "draft")
        self.start_tour(
            action, "affairs_meeting_approve_tour", login="tour_meeting_manager"
        )
        self.assertEqual(booking.state, "approved")
