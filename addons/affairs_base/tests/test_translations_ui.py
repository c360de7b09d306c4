# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Chinese on the suite's screens, OCA base_tier_validation's terms included."""

import polib

from odoo.tests import TransactionCase, tagged
from odoo.tools.misc import file_path
from odoo.tools.translate import code_translations

from ..i18n_glossary import ADDON_GLOSSARY, GLOSSARY
from ..models.ir_module_module import override_po_paths


@tagged("post_install", "-at_install")
class TestTranslationsUi(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        modules = [
            name
            for name in cls.env["ir.module.module"]
            .search([("state", "=", "installed")])
            .mapped("name")
            if name.startswith("affairs_") or name == "base_tier_validation"
        ]
        cls.env["ir.module.module"]._load_module_terms(modules, ["zh_CN"])
        cls.env_cn = cls.env(context={"lang": "zh_CN"})

    def test_override_file_complete(self):
        """The suite's zh_CN of base_tier_validation translates every term of its pot."""
        pot = polib.pofile(
            file_path("base_tier_validation/i18n/base_tier_validation.pot")
        )
        (path,) = override_po_paths("base_tier_validation", "zh_CN")
        po = polib.pofile(str(path))
        translated = {
            entry.msgid for entry in po if entry.msgstr and not entry.obsolete
        }
        missing = [
            entry.msgid
            for entry in pot
            if entry.msgid and entry.msgid not in translated
        ]
        self.assertFalse(missing)

    def test_tier_definition_form_in_chinese(self):
        """The tier-definition form's labels and choices read in Chinese."""
        Definition = self.env_cn["tier.definition"]
        for fname in (
            "review_type",
            "model_id",
            "reviewer_group_id",
            "approve_sequence",
        ):
            field = self.env_cn["ir.model.fields"]._get("tier.definition", fname)
            self.assertRegex(field.field_description, r"[\u4e00-\u9fff]", fname)
        labels = dict(
            Definition._fields["review_type"]._description_selection(self.env_cn)
        )
        self.assertEqual(labels["group"], "指定用户组中的任一用户")
        arch = Definition.get_view(view_type="form")["arch"]
        self.assertNotIn("Apply On", arch)
        self.assertNotIn("More Options", arch)

    def test_tier_code_terms_in_chinese(self):
        """Messages base_tier_validation builds in Python come in Chinese."""
        terms = code_translations.get_python_translations(
            "base_tier_validation", "zh_CN"
        )
        self.assertEqual(terms.get("Group %s"), "用户组 %s")
        self.assertIn("%(icon)s Pending validation by %(todo_by)s", terms)

    def test_core_terms_users_meet_in_chinese(self):
        """Core strings left empty by Odoo's zh_CN that the suite's users meet
        ("Missing required fields", "My Preferences", "Starred messages")."""
        for module, term in (
            ("web", "Missing required fields"),
            ("web", "My Preferences"),
            ("mail", "Starred messages"),
        ):
            messages = code_translations.get_web_translations(module, "zh_CN")[
                "messages"
            ]
            strings = {message["id"]: message["string"] for message in messages}
            self.assertRegex(strings.get(term, ""), r"[\u4e00-\u9fff]", term)

    def test_state_reads_status(self):
        """A request's status is 状态, never the address sense 省/州."""
        fields_ = self.env["ir.model.fields"].search(
            [("model", "=like", "affairs.%"), ("name", "=", "state")]
        )
        self.assertTrue(fields_)
        for field in fields_.with_context(lang="zh_CN"):
            self.assertNotIn("省", field.field_description, field.model)

    def test_review_systray_names_in_chinese(self):
        """The approval systray names each request model in Chinese."""
        Users = self.env_cn["res.users"]
        model = self.env_cn["ir.model"]._get("affairs.service.request")
        self.assertRegex(model.name, r"[\u4e00-\u9fff]")
        for review in Users.review_user_count():
            self.assertRegex(review["name"], r"[\u4e00-\u9fff]", review["model"])

    def test_standard_sources_are_chinese_citations(self):
        """Standards show their sources as Chinese citations, no research notes."""
        checked = 0
        for name in self.env.registry.models:
            model = self.env[name]
            if (
                not name.startswith("affairs.")
                or model._abstract
                or "source" not in model._fields
            ):
                continue
            for record in model.search([("source", "!=", False)]):
                source = record.source
                checked += 1
                for note in (
                    "from-memory",
                    "configure",
                    "assumed",
                    "Art.",
                    "uncertain",
                    "Local ",
                ):
                    self.assertNotIn(note, source, f"{name} {record.display_name}")
        self.assertGreater(checked, 0)

    def test_one_glossary_for_the_suite(self):
        """Every addon says the same thing the same way (驳回, 编号, 标准库 …)."""
        addons = self.env["ir.module.module"].search(
            [("state", "=", "installed"), ("name", "=like", "affairs_%")]
        )
        for addon in addons.mapped("name"):
            terms = dict(GLOSSARY, **ADDON_GLOSSARY.get(addon, {}))
            po = polib.pofile(file_path(f"{addon}/i18n/zh_CN.po"))
            for entry in po:
                if entry.msgid in terms:
                    self.assertEqual(
                        entry.msgstr, terms[entry.msgid], f"{addon}: {entry.msgid}"
                    )
