# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io

import xlsxwriter

from odoo import api, models
from odoo.exceptions import AccessError, UserError


class AffairsImportMixin(models.AbstractModel):
    """Initial load from a bureau's spreadsheets through Odoo's own import.

    A model declares its Excel templates (``_affairs_import_templates``: for
    each, a label and the field names of its columns) and the fields that
    identify a row (``_affairs_import_key``, e.g. the asset card number or the
    plate). The templates are offered in the import dialog and from the
    model's menu, headed with the field labels of the user's language, so that
    base_import maps every column by itself and shows its preview and its
    row-by-row errors; an import with any error stores nothing. A row whose
    key matches an existing record updates it instead of creating a duplicate,
    so the same file can be imported again.
    """

    _name = "affairs.import.mixin"
    _description = "Agency Affairs Import"

    # Field names identifying a row; many2one keys are given by name.
    _affairs_import_key = ()

    @api.model
    def _affairs_import_templates(self):
        """``{code: (label, [field names of the columns])}``."""
        return {}

    @api.model
    def get_import_templates(self):
        return self._affairs_import_template_entries() or super().get_import_templates()

    @api.model
    def _affairs_import_template_entries(self):
        """The suite's templates as ``get_import_templates`` lists them."""
        return [
            {
                "label": self.env._("Import Template for %s", label),
                "template": f"/affairs_base/import_template/{self._name}/{code}",
            }
            for code, (label, _columns) in self._affairs_import_templates().items()
        ]

    @api.model
    def _affairs_import_template_file(self, code):
        """``(file name, xlsx content)`` of template ``code``, headed with the
        field labels in the user's language, so that base_import maps each
        column to its field without help."""
        label, columns = self._affairs_import_templates().get(code, (None, None))
        if not columns:
            raise UserError(self.env._("There is no import template %s.", code))
        if not self.has_access("create"):
            raise AccessError(self.env._("You cannot import %s.", label))
        labels = self.fields_get(columns, attributes=["string"])
        self._affairs_import_remember_headers(
            {labels[name]["string"]: name for name in columns}
        )
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        sheet = workbook.add_worksheet(label[:31])
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        for column, name in enumerate(columns):
            sheet.write(0, column, labels[name]["string"], header)
            sheet.set_column(column, column, 18)
        sheet.freeze_panes(1, 0)
        workbook.close()
        return self.env._("%s import template.xlsx", label), output.getvalue()

    @api.model
    def _affairs_import_remember_headers(self, field_by_header):
        """Save the template's headers as base_import mappings.

        base_import reads a header holding "/" (such as 职务/职级) as a path
        into a related record; a saved mapping is looked up first, so each
        header maps to its own field whatever it contains.
        """
        Mapping = self.env["base_import.mapping"]
        known = Mapping.search(
            [
                ("res_model", "=", self._name),
                ("column_name", "in", [h.lower() for h in field_by_header]),
            ]
        )
        for mapping in known:
            mapping.field_name = next(
                name
                for header, name in field_by_header.items()
                if header.lower() == mapping.column_name
            )
        Mapping.create(
            [
                {
                    "res_model": self._name,
                    "column_name": header.lower(),
                    "field_name": name,
                }
                for header, name in field_by_header.items()
                if header.lower() not in known.mapped("column_name")
            ]
        )

    @api.model
    def load(self, fields, data):
        """Match rows to existing records by their key (see the class doc)."""
        keys = self._affairs_import_key
        if (
            keys
            and all(key in fields for key in keys)
            and not {"id", ".id"} & set(fields)
        ):
            positions = [fields.index(key) for key in keys]
            existing = self._affairs_import_existing(keys, positions, data)
            fields = [*fields, ".id"]
            data = [
                [*row, existing.get(tuple(row[p] or "" for p in positions), "")]
                for row in data
            ]
        if self.env.context.get("import_file"):
            # One lookup per distinct related name (see ir.fields.converter).
            self = self.with_context(affairs_import_names={})
        return super().load(fields, data)

    @api.model
    def _load_records_create(self, vals_list):
        """Create the new rows of an import in one batch without chatter.

        An initial load brings thousands of rows: a creation message, a
        follower and a tracking value per record would cost more than the
        records. Rows that update existing records keep their tracking.
        """
        if self.env.context.get("import_file"):
            self = self.with_context(
                tracking_disable=True,
                mail_create_nolog=True,
                mail_create_nosubscribe=True,
                mail_notrack=True,
            )
        return super()._load_records_create(vals_list)

    @api.model
    def _affairs_import_existing(self, keys, positions, data):
        """``{key values as in the file: database id}`` of the records present."""
        domain, resolvers = [], []
        for key, position in zip(keys, positions, strict=True):
            values = {row[position] for row in data if row[position]}
            blank = [False] if any(not row[position] for row in data) else []
            field = self._fields[key]
            if field.type == "many2one":
                comodel = self.env[field.comodel_name].with_context(active_test=False)
                records = comodel.search([(comodel._rec_name, "in", list(values))])
                names = {record.id: record[comodel._rec_name] for record in records}
                domain.append((key, "in", list(names) + blank))
                resolvers.append(
                    lambda record, key=key, names=names: names.get(record[key].id, "")
                )
            else:
                domain.append((key, "in", list(values) + blank))
                resolvers.append(lambda record, key=key: record[key] or "")
        records = self.with_context(active_test=False).search(domain)
        return {
            tuple(resolve(record) for resolve in resolvers): str(record.id)
            for record in records
        }
