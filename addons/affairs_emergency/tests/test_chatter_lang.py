# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Chatter and activities in the acting user's language when the call
carries none (bare RPC, crons, server actions)."""

from dateutil.relativedelta import relativedelta

from odoo.tools import html2plaintext

from .common import EmergencyCommon


class TestEmergencyChatterLang(EmergencyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            ["mail", "affairs_emergency"], ["zh_CN"]
        )
        # Due for revision soon: the review cron has work.
        cls.plan.write(
            {
                "date_effective": cls._months_ago(36) + relativedelta(days=10),
                "user_id": cls.duty_officer.id,
            }
        )
        cls._approve(cls.plan)
        (cls.env.ref("base.user_root") | cls.duty_officer).lang = "zh_CN"
        cls.bare = cls.env(context={})  # no language, as over RPC or in a cron

    def _bodies(self, record):
        return [html2plaintext(message.body or "") for message in record.message_ids]

    def test_incident_response_in_chinese(self):
        """Activating, ticking and closing with no context language write the
        messages, activities and tracked states in the officer's Chinese."""
        incident = (
            self.bare["affairs.emergency.incident"]
            .with_user(self.duty_officer)
            .create(
                {
                    "title": "电梯困人",
                    "location": "A座2号电梯",
                    "hazard": "lift",
                    "plan_id": self.plan.id,
                    "level": "4",
                }
            )
        )
        incident.action_activate()
        incident.line_ids[:1].action_mark_done()
        bodies = self._bodies(incident)
        self.assertTrue(any("已启动预案" in body for body in bodies), bodies)
        self.assertTrue(any(body.startswith("步骤完成") for body in bodies), bodies)
        self.assertFalse(
            [body for body in bodies if "activated" in body or "Step done" in body]
        )
        summaries = incident.activity_ids.mapped("summary")
        self.assertTrue(summaries)
        self.assertTrue(all(s.startswith("应急响应") for s in summaries), summaries)
        incident.write({"cause": "故障", "losses": "无", "lessons": "加强维保"})
        incident.action_close()
        feedback = html2plaintext(incident.message_ids[:1].body or "")
        self.assertIn("事件处置结束", feedback)
        self.assertNotIn("Incident closed", feedback)

    def test_crons_write_in_responsible_language(self):
        """The review and drill crons address the plan's responsible in his
        language; the scheduled drill's scenario is Chinese too."""
        self.assertTrue(self.plan.is_review_due)
        self.bare["affairs.emergency.plan"]._cron_schedule_reviews()
        review = self.plan.activity_ids.filtered(
            lambda a: (
                a.activity_type_id
                == self.env.ref("affairs_emergency.mail_activity_type_plan_review")
            )
        )
        self.assertTrue(review.summary.startswith("修订"), review.summary)
        drills = self.bare["affairs.emergency.plan"]._cron_schedule_drills()
        drill = drills.filtered(lambda d: d.plan_id == self.plan)
        self.assertIn("的计划演练", drill.scenario)
        self.assertTrue(drill.activity_ids.summary.startswith("准备演练"))
