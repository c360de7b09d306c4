# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import OrderedDict

from odoo import models
from odoo.addons.base.models.ir_actions_report import _wkhtml


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _render_qweb_pdf_prepare_streams(self, report_ref, data, res_ids=None):
        """Print the suite's reports for several records with any wkhtmltopdf.

        The wkhtmltopdf of the distributions (0.12.6 without patched Qt)
        refuses several documents in one call ("unpatched QT"). The suite's
        reports are then rendered one record at a time; Odoo merges the
        per-record streams into one PDF (odoo.tools.pdf) as usual.
        """
        report = self._get_report(report_ref)
        if (
            res_ids
            and len(res_ids) > 1
            and len(res_ids) == len(set(res_ids))
            and report.report_name.startswith("affairs_")
            and not self._affairs_wkhtmltopdf_batches()
        ):
            streams = OrderedDict()
            for res_id in res_ids:
                streams.update(
                    super()._render_qweb_pdf_prepare_streams(
                        report_ref, dict(data or {}), res_ids=[res_id]
                    )
                )
            return streams
        return super()._render_qweb_pdf_prepare_streams(
            report_ref, data, res_ids=res_ids
        )

    def _affairs_wkhtmltopdf_batches(self):
        """Whether wkhtmltopdf converts several documents in one call."""
        return _wkhtml().is_patched_qt
