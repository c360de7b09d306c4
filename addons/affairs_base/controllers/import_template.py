# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import content_disposition, request

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class AffairsImportTemplate(http.Controller):
    @http.route(
        "/affairs_base/import_template/<string:model>/<string:code>",
        type="http",
        auth="user",
    )
    def import_template(self, model, code):
        """The Excel template of an importable model (affairs.import.mixin)."""
        if model not in request.env["affairs.import.mixin"]._inherit_children:
            raise request.not_found()
        filename, content = request.env[model]._affairs_import_template_file(code)
        return request.make_response(
            content,
            [
                ("Content-Type", XLSX),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )
