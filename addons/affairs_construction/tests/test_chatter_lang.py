# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Tracked states in the acting user's language when the call carries none
(bare RPC, crons, server actions)."""

from unittest.mock import patch

from .common import ConstructionCommon


class TestConstructionChatterLang(ConstructionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            ["affairs_construction"], ["zh_CN"]
        )
        cls.office.lang = "zh_CN"

    def _write_langs(self, model, action):
        """The languages of the writes ``action`` makes on ``model``: the
        tracked states are stored as their label in that language."""
        langs = []
        original = type(self.env[model]).write

        def write(records, vals):
            if "state" in vals:
                langs.append(records.env.lang)
            return original(records, vals)

        with patch.object(type(self.env[model]), "write", write):
            action()
        return langs

    def test_project_and_contract_written_in_chinese(self):
        """Approving and starting a project and putting its contract in force
        with no context language write the states in the officer's Chinese."""
        bare = self.env(context={}, user=self.office)
        project = bare["affairs.construction.project"].browse(
            self._project(name="屋面改造").id
        )
        langs = self._write_langs(
            "affairs.construction.project", project.action_approve
        )
        langs += self._write_langs("affairs.construction.project", project.action_start)
        self.assertEqual(langs, ["zh_CN", "zh_CN"])
        contract = bare["affairs.construction.contract"].browse(
            self._contract(project, activate=False).id
        )
        langs = self._write_langs(
            "affairs.construction.contract", contract.action_activate
        )
        self.assertEqual(langs, ["zh_CN"])
        labels = dict(
            project.with_context(lang="zh_CN")
            ._fields["state"]
            ._description_selection(project.with_context(lang="zh_CN").env)
        )
        self.assertNotEqual(labels["approved"], "Approved", "zh_CN terms loaded")
