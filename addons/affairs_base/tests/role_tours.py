# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Browser tours of each role's day, in Chinese (static/tests/tours/affairs_role_tours.js).

Each addon runs the tours of its roles with the demo users (post_install, in
the database where every addon is installed with its demo data).
"""

from odoo.tests import HttpCase


class AffairsRoleTourCase(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The tours use the demo users: nothing to load without demo data.
        if not cls.env.ref("affairs_base.user_cadre", raise_if_not_found=False):
            return
        # The suite's users work in Chinese: activate zh_CN and load the
        # Chinese terms of every installed module (the OCA ones included),
        # unless the database was installed in Chinese (phase 2, run.sh).
        if "zh_CN" in dict(cls.env["res.lang"].get_installed()):
            return
        cls.env["res.lang"]._activate_lang("zh_CN")
        installed = cls.env["ir.module.module"].search([("state", "=", "installed")])
        cls.env["ir.module.module"]._load_module_terms(
            installed.mapped("name"), ["zh_CN"]
        )

    def _start_role_tour(self, user_xmlid, tour):
        user = self.env.ref(user_xmlid)
        user.lang = "zh_CN"
        self.start_tour("/odoo", tour, login=user.login, timeout=60)
