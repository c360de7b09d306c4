# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models, tools
from odoo.tools.translate import TranslationImporter, get_po_paths


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _creation_message(self):
        """ "<Document> created" with the document's name in the language of
        the rest of the message.

        Core reads the model's name in the context language, but translates
        "%s created" in the user's: when data is loaded (no context language)
        in a Chinese database, the chatter read "Official Reception 创建".
        A module's own model names are not translated yet while its demo data
        loads: they are then read from the module's .po file.
        """
        lang = self.env.lang or self.env.user.lang
        if not lang or lang == "en_US":
            return super()._creation_message()
        localized = self.with_context(lang=lang)
        message = super(MailThread, localized)._creation_message()
        model = self.env["ir.model"]._get(self._name)
        english = model.with_context(lang="en_US").name
        if model.with_context(lang=lang).name == english:
            module = self._original_module
            xmlid = f"{module}.model_{self._name.replace('.', '_')}"
            name = self.env["ir.model"]._affairs_po_model_names(module, lang).get(xmlid)
            if name:
                message = message.replace(english, name, 1)
        return message


class IrModel(models.Model):
    _inherit = "ir.model"

    @tools.ormcache("module", "lang")
    def _affairs_po_model_names(self, module, lang):
        """{xmlid: translated model name} from ``module``'s .po files."""
        importer = TranslationImporter(self.env.cr, verbose=False)
        for path in get_po_paths(module, lang):
            importer.load_file(path, lang)
        names = importer.model_translations["ir.model"]["name"]
        return {xmlid: values.get(lang) for xmlid, values in names.items()}
