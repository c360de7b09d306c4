# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re
from collections import OrderedDict

from markupsafe import Markup

from odoo import models
from odoo.addons.base.models.ir_actions_report import _wkhtml


# A stylesheet of an asset bundle in the HTML handed to wkhtmltopdf.
ASSET_STYLESHEET = re.compile(
    r'<link\b[^>]*?\bhref="(/web/assets/[^"]+\.css)"[^>]*>', re.IGNORECASE
)


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _prepare_html(self, html, report_model=False):
        """Hand wkhtmltopdf the suite's reports with their stylesheets inline.

        Otherwise wkhtmltopdf fetches the report asset bundles over HTTP from
        the server that is waiting for it: with N workers, N officers printing
        at once hold every worker while their wkhtmltopdf waits for a free one
        to serve the CSS, and the server stalls until the requests time out
        (the load test's PDF prints on two workers did). Inline, the print
        needs no second request; the bundle is read from its attachment.
        """
        result = super()._prepare_html(html, report_model=report_model)
        if not result or not (self.report_name or "").startswith("affairs_"):
            return result
        bodies, res_ids, header, footer, paperformat_args = result
        inline = self._affairs_inline_stylesheets
        return (
            [inline(body) for body in bodies],
            res_ids,
            inline(header),
            inline(footer),
            paperformat_args,
        )

    def _affairs_inline_stylesheets(self, html):
        """``html`` with the asset bundles' <link> replaced by their CSS."""
        if not html:
            return html
        # sudo: the bundles are public assets, stored as attachments.
        Attachment = self.env["ir.attachment"].sudo()
        found = {}

        def replace(match):
            url = match.group(1)
            if url not in found:
                attachment = Attachment.search(
                    [("url", "=", url), ("res_model", "=", "ir.ui.view")], limit=1
                ) or self._affairs_stylesheet_bundle(url.rsplit("/", 1)[-1])
                found[url] = attachment.raw.decode() if attachment else None
            if found[url] is None:
                return match.group(0)
            return "<style>" + found[url].replace("</style", "<\\/style") + "</style>"

        return Markup(ASSET_STYLESHEET.sub(replace, str(html)))

    def _affairs_stylesheet_bundle(self, filename):
        """The attachment of a CSS bundle not generated yet (as /web/assets does).

        Not on the read-only cursor of a replica (a report route): the link
        stays, and /web/assets makes the bundle on the primary, once.
        """
        if self.env.cr.readonly:
            return None
        try:
            name, rtl, asset_type, autoprefix = self.env["ir.asset"]._parse_bundle_name(
                filename, False
            )
            if asset_type != "css":
                return None
            bundle = self.env["ir.qweb"]._get_asset_bundle(
                name, css=True, js=False, rtl=rtl, autoprefix=autoprefix
            )
            return bundle.css() if bundle.stylesheets else None
        except ValueError:
            return None

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
