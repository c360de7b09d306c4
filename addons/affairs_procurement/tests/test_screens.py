# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, new_test_user

from .common import ProcurementCommon


class TestExpertMenu(TransactionCase):
    def test_expert_reaches_scoring(self):
        """An evaluation expert (no agency-user group) has the scoring app on the
        home screen, not under the agency-affairs root closed to them."""
        expert = new_test_user(
            self.env,
            "menu_expert",
            groups="affairs_procurement.group_procurement_expert",
        )
        menu = self.env.ref("affairs_procurement.affairs_procurement_expert_root_menu")
        self.assertFalse(menu.parent_id)
        self.assertTrue(menu.web_icon)
        visible = self.env["ir.ui.menu"].with_user(expert)._visible_menu_ids()
        self.assertIn(menu.id, visible)
        apps = self.env["ir.ui.menu"].with_user(expert).load_web_menus(False)
        self.assertIn(menu.id, apps["root"]["children"])


class TestDrawScreens(TransactionCase):
    def test_registers_have_analysis_views(self):
        """Plans and bids open as lists, pivots and graphs."""
        for xmlid in (
            "affairs_procurement.affairs_procurement_plan_action",
            "affairs_procurement.affairs_procurement_bid_action",
        ):
            action = self.env.ref(xmlid)
            modes = action.view_mode.split(",")
            self.assertIn("pivot", modes, xmlid)
            self.assertIn("graph", modes, xmlid)
            for mode in modes:
                self.env[action.res_model].get_view(view_type=mode)

    def test_draw_named_in_breadcrumb(self):
        """A panel draw reads as one in the breadcrumb, not as model,id."""
        draw = self.env["affairs.procurement.expert.draw"].new({})
        self.assertNotIn("affairs.procurement", draw.display_name)


class TestDrawNotice(ProcurementCommon):
    def test_draw_posts_and_notifies(self):
        """The draw is logged on the project (figures, no names) and each
        drawn expert is notified; the draw reads as one, its seed unformatted."""
        project = self._bidding_project(self._three_bids())
        project.with_user(self.executor).action_draw_experts(panel_size=3)
        draw = project.draw_ids
        self.assertEqual(draw.display_name, f"Panel draw for {project.name}")
        note = project.message_ids.filtered(lambda m: "drawn at random" in m.body)
        self.assertEqual(len(note), 1)
        self.assertIn(str(draw.seed), note.body)
        for expert in project.expert_ids:
            self.assertNotIn(expert.name, note.body)
        notified = self.env["mail.message"].search(
            [
                ("model", "=", project._name),
                ("res_id", "=", project.id),
                ("message_type", "=", "user_notification"),
                ("subject", "ilike", "Evaluation panel"),
            ]
        )
        self.assertEqual(notified.partner_ids, project.expert_ids.user_id.partner_id)
        arch = self.env["affairs.procurement.expert.draw"].get_view(view_type="form")[
            "arch"
        ]
        self.assertIn("enable_formatting", arch)


class TestExceptionScreen(ProcurementCommon):
    def test_exception_form_reads_names(self):
        """The exception of a project names its model and rule as users read
        them, not "affairs.procurement.project" and the rule's code."""
        project = self._create_project()
        project.method_change_reason = "财采〔2026〕14号"
        project.with_user(self.manager).action_grant_method_change()
        exception = self.env["affairs.exception"].search(
            [("res_model", "=", project._name), ("res_id", "=", project.id)]
        )
        self.assertEqual(exception.res_model_name, "Procurement Project")
        self.assertEqual(
            exception.rule_id.display_name,
            "Method other than open tender above the threshold",
        )
        arch = self.env["affairs.exception"].get_view(view_type="form")["arch"]
        self.assertIn('name="res_model_name"', arch)
        self.assertRegex(arch, r'name="res_model"[^>]*invisible="id"')
