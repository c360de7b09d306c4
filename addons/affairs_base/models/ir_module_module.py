# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Chinese for the third-party modules the suite shows (i18n_override/).

Odoo reads a module's translations from its own ``i18n``/``i18n_extra``
folders only. Terms of records (fields, views, menus, selections) can be
loaded from any po file, since each entry names the record by its XML id:
``_load_module_terms`` below imports ``i18n_override/<module>/<lang>.po``
whenever affairs_base or that module loads its terms, without overwriting a
translation the module ships. Code terms (``_()`` in Python, ``_t`` and
templates in JavaScript) are looked up per module at run time by
``odoo.tools.translate.code_translations``; the small wrapper below adds the
override file's entries the module leaves empty. The files are complete,
contribute-ready po files for their modules.
"""

from pathlib import Path

from odoo import api, models
from odoo.tools import translate

OVERRIDE_DIR = Path(__file__).resolve().parent.parent / "i18n_override"


def override_po_paths(module_name, lang):
    """The override po files of ``module_name`` for ``lang`` (zh_CN, zh)."""
    for base_lang in translate.get_base_langs(lang):
        path = OVERRIDE_DIR / module_name / f"{base_lang}.po"
        if path.is_file():
            yield path


def overridden_modules():
    return sorted(path.name for path in OVERRIDE_DIR.iterdir() if path.is_dir())


_get_code_translations = translate.CodeTranslations._get_code_translations


def _get_code_translations_with_overrides(module_name, lang, filter_func):
    translations = _get_code_translations(module_name, lang, filter_func)
    for path in override_po_paths(module_name, lang):
        with path.open("rb") as fileobj:
            extra = translate.CodeTranslations._read_code_translations_file(
                fileobj, filter_func
            )
        for source, value in extra.items():
            # The module's own translation, when it has one, wins.
            translations.setdefault(source, value)
    return translations


translate.CodeTranslations._get_code_translations = staticmethod(
    _get_code_translations_with_overrides
)


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def _load_module_terms(self, modules, langs, overwrite=False):
        super()._load_module_terms(modules, langs, overwrite=overwrite)
        targets = [
            name
            for name in overridden_modules()
            if name in modules or "affairs_base" in modules
        ]
        if not targets or not [lang for lang in langs if lang != "en_US"]:
            return
        importer = translate.TranslationImporter(self.env.cr, verbose=False)
        for name in targets:
            for lang in langs:
                for path in override_po_paths(name, lang):
                    importer.load_file(str(path), lang)
        # Never overwrite: only the terms the module leaves empty are filled.
        importer.save(overwrite=False)

    @api.model
    def _affairs_demo_terms(self, module_names):
        """Load the modules' own terms before their demo data.

        Odoo loads a module's translations after its data and demo data: the
        demo would read the module's selections, activity types, approval
        steps and checklist items in English while it writes them into
        chatter and stored copies. Called by the first demo file of each
        addon of the suite (``<function name="_affairs_demo_terms">``).
        """
        langs = [code for code, _name in self.env["res.lang"].get_installed()]
        langs = [code for code in langs if code != "en_US"]
        if langs:
            self.env.flush_all()
            self._load_module_terms(module_names, langs)
            self.env.invalidate_all()
