# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
import re

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tools.pdf import PdfFileReader

from .common import MeetingCommon

PDF = base64.b64encode(b"%PDF-1.4 scan")


class DocumentsCommon(MeetingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.room.with_user(cls.manager).location = "行政中心A座3楼301"
        tea = cls.env.ref("affairs_meeting.service_item_tea")
        cls.meeting = cls._book(
            subject="全市机关事务工作会议",
            fee_category="class_3",
            service_line_ids=[Command.create({"item_id": tea.id, "quantity": 10})],
        )
        cls.other = cls._book(subject="预算编制推进会", start=cls.day.replace(hour=13))

    def _hold(self, booking):
        booking.action_confirm()
        booking.action_check_in()
        booking.action_done()


class TestMeetingFeeSettlement(DocumentsCommon):
    def _attach_bills(self, booking):
        # As the form's upload widget does: the organiser's attachment of the meeting.
        bill = (
            self.env["ir.attachment"]
            .with_user(self.user_a)
            .create(
                {
                    "name": "住宿发票.pdf",
                    "datas": PDF,
                    "res_model": booking._name,
                    "res_id": booking.id,
                }
            )
        )
        booking.with_user(self.user_a).bill_attachment_ids = [Command.link(bill.id)]

    def test_settlement_refused_without_the_three_documents(self):
        """Each missing document is named in Chinese and blocks the settlement."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["affairs_meeting"], ["zh_CN"])
        self._hold(self.meeting)
        meeting = self.meeting.with_user(self.user_a).with_context(lang="zh_CN")
        with self.assertRaisesRegex(UserError, "不能结算") as caught:
            meeting.action_settle_meeting_fee()
        lacking = str(caught.exception).split("尚缺：")[1]
        self.assertIn("会议通知（生成或上传）", lacking)
        self.assertIn("签到名单", lacking)
        self.assertIn("票据", lacking)
        # The notice and the bills alone are not enough: the sign-in list lacks.
        meeting.action_issue_notice()
        self._attach_bills(meeting)
        with self.assertRaisesRegex(UserError, "不能结算") as caught:
            meeting.action_settle_meeting_fee()
        lacking = str(caught.exception).split("尚缺：")[1]
        self.assertIn("签到名单", lacking)
        self.assertNotIn("会议通知", lacking)
        self.assertNotIn("票据", lacking)
        self.assertFalse(meeting.fee_settled_date)

    def test_settlement_with_the_three_documents(self):
        """Notice issued, sign-ins recorded, bills attached: settled and locked."""
        self.meeting.action_confirm()
        self.env["affairs.meeting.attendance"].create(
            {"booking_id": self.meeting.id, "employee_id": self.employee_b.id}
        )
        self.meeting.action_check_in()
        self.meeting.action_done()
        meeting = self.meeting.with_user(self.user_a)
        meeting.action_issue_notice()
        self.assertTrue(meeting.notice_file)
        self.assertTrue(meeting.notice_date)
        self.assertIn(meeting.name, meeting.notice_filename)
        self._attach_bills(meeting)
        meeting.minutes = PDF
        meeting.minutes_name = "会议纪要.pdf"
        meeting.action_settle_meeting_fee()
        self.assertTrue(meeting.fee_settled_date)
        self.assertEqual(meeting.fee_settled_by_id, self.user_a)
        with self.assertRaisesRegex(UserError, "settled"):
            meeting.action_settle_meeting_fee()
        with self.assertRaisesRegex(UserError, "documents can no longer be changed"):
            meeting.bill_attachment_ids = [Command.clear()]
        with self.assertRaisesRegex(UserError, "documents can no longer be changed"):
            meeting.action_issue_notice()

    def test_attached_notice_and_signed_sheet_count(self):
        """A notice and a signed sheet attached by hand stand for the generated ones."""
        self._hold(self.meeting)
        meeting = self.meeting.with_user(self.user_a)
        meeting.write(
            {
                "notice_file": PDF,
                "notice_filename": "通知.pdf",
                "signin_sheet": PDF,
                "signin_sheet_name": "签到表.pdf",
            }
        )
        self._attach_bills(meeting)
        meeting.action_settle_meeting_fee()
        self.assertTrue(meeting.fee_settled_date)

    def test_only_held_fee_meetings_are_settled(self):
        with self.assertRaisesRegex(UserError, "not held under the meeting-fee rules"):
            self.other.with_user(self.user_a).action_settle_meeting_fee()
        self.meeting.action_confirm()
        with self.assertRaisesRegex(UserError, "has not been held"):
            self.meeting.with_user(self.user_a).action_settle_meeting_fee()
        with self.assertRaises(UserError):
            self.meeting.with_user(self.user_a).write(
                {"fee_settled_date": "2030-01-01"}
            )


class TestMeetingReports(DocumentsCommon):
    def _html(self, xmlid, records):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        return Report._render_qweb_html(xmlid, records.ids)[0].decode()

    def test_notice_of_two_meetings(self):
        """One notice per meeting, in Chinese, with room, location and services."""
        html = self._html(
            "affairs_meeting.report_meeting_notice", self.meeting | self.other
        )
        self.assertEqual(html.count("会议通知"), 2)
        for text in (
            "全市机关事务工作会议",
            "预算编制推进会",
            "Room 301",
            "行政中心A座3楼301",
            self.employee_a.name,
            self.agency_a.name,
            "茶水",
        ):
            self.assertIn(text, html)

    def test_signin_sheet_of_two_meetings(self):
        """Sign-ins first, blank rows up to the expected attendees, a QR code."""
        self.env["affairs.meeting.attendance"].create(
            {
                "booking_id": self.meeting.id,
                "employee_id": self.employee_b.id,
                "attendee_agency_id": self.agency_b.id,
            }
        )
        html = self._html(
            "affairs_meeting.report_meeting_signin_sheet", self.meeting | self.other
        )
        self.assertEqual(html.count("签到表"), 2)
        self.assertIn(self.employee_b.name, html)
        qr_codes = re.findall(r"<img[^>]*o_affairs_signin_qr[^>]*>", html)
        self.assertEqual(len(qr_codes), 2)
        self.assertTrue(all("data:image/png;base64," in img for img in qr_codes))
        # 10 expected attendees each: 10 rows per sheet.
        self.assertEqual(html.count("height: 10mm;"), 20)


# wkhtmltopdf fetches the report assets over HTTP: the PDF bytes need the
# HTTP test mode of HttpCase, hence post_install.
@tagged("post_install", "-at_install")
class TestMeetingReportsPdf(DocumentsCommon, HttpCase):
    def test_pdf_of_two_meetings(self):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        records = self.meeting | self.other
        for xmlid in (
            "affairs_meeting.report_meeting_notice",
            "affairs_meeting.report_meeting_signin_sheet",
        ):
            pdf, kind = Report._render_qweb_pdf(xmlid, records.ids)
            self.assertEqual(kind, "pdf")
            self.assertTrue(pdf.startswith(b"%PDF"), xmlid)
            # One page (at least) per meeting, merged into one document.
            self.assertGreaterEqual(len(PdfFileReader(io.BytesIO(pdf)).pages), 2)
