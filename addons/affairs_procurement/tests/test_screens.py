# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, new_test_user


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
