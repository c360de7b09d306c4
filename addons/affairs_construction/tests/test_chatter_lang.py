# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Tracked states in the acting user's language when the call carries none
(bare RPC, crons, server actions)."""

import re

from odoo.tools import html2plaintext

from .common import ConstructionCommon

CHINESE = re.compile(r"[\u4e00-\u9fff]")


class TestConstructionChatterLang(ConstructionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            ["mail", "affairs_construction"], ["zh_CN"]
        )
        cls.office.lang = "zh_CN"
        # Tracking of the fixtures, written before, is flushed in its own
        # language: what the tests track is tracked in theirs.
        cls.env.flush_all()
        cls.env.cr.precommit.run()

    def _tracked_states(self, record):
        record.env.flush_all()
        record.env.cr.precommit.run()
        record.invalidate_recordset(["message_ids"])
        # sudo: tracking values are read by administrators only.
        values = record.sudo().message_ids.tracking_value_ids.filtered(
            lambda value: value.field_id.name == "state"
        )
        return values.mapped("old_value_char") + values.mapped("new_value_char")

    def test_project_and_contract_chatter_in_chinese(self):
        """Approving and starting a project and putting its contract in force
        with no context language track the states in the officer's Chinese."""
        bare = self.env(context={}, user=self.office)
        project = bare["affairs.construction.project"].browse(
            self._project(name="屋面改造").id
        )
        project.action_approve()
        project.action_start()
        states = self._tracked_states(project)
        self.assertEqual(len(states), 4, states)
        self.assertFalse([s for s in states if not CHINESE.search(s)], states)
        contract = bare["affairs.construction.contract"].browse(
            self._contract(project, activate=False).id
        )
        contract.action_activate()
        states = self._tracked_states(contract)
        self.assertTrue(states)
        self.assertFalse([s for s in states if not CHINESE.search(s)], states)
        bodies = [html2plaintext(m.body or "") for m in project.message_ids]
        self.assertFalse([b for b in bodies if re.search(r"[A-Za-z]{3,}", b)], bodies)
