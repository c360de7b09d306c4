# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class IrFieldsConverter(models.AbstractModel):
    _inherit = "ir.fields.converter"

    @api.model
    def db_id_for(self, model, field, subfield, value, savepoint):
        """Look each name of a related record up once per import.

        base_import looks a many2one given by name up with one ``name_search``
        per row: the 100,000 cards of an asset register name the same few
        hundred classes, agencies, custodians and rooms over and over. Within
        an import of the suite's templates (``affairs.import.mixin`` sets the
        cache) a name found once is reused; names not found are looked up
        again, so their error is reported on every row.
        """
        cache = self.env.context.get("affairs_import_names")
        if cache is None or subfield is not None or not value:
            return super().db_id_for(model, field, subfield, value, savepoint)
        key = (field.comodel_name, value)
        if key not in cache:
            cache[key] = super().db_id_for(model, field, subfield, value, savepoint)
        record_id, warnings = cache[key]
        return record_id, list(warnings)
