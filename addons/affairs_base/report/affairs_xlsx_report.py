# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsXlsxReport(models.AbstractModel):
    """Excel ledger base of the suite, on OCA ``report_xlsx``.

    A ledger inherits it and returns its sheet as a title, column headers and
    rows from ``_affairs_ledger(objs)``; the base writes a frozen, filtered
    table with the suite's formats (Chinese-capable font, money, dates).
    """

    _name = "report.affairs_base.xlsx_ledger"
    _inherit = "report.report_xlsx.abstract"
    _description = "Agency Affairs Excel Ledger"

    def _affairs_ledger(self, objs):
        """Return ``(sheet_title, [(header, kind, width)], rows)``.

        ``kind`` is one of ``text``, ``int``, ``money``, ``percent``, ``date``.
        """
        raise NotImplementedError

    def generate_xlsx_report(self, workbook, data, objs):
        title, columns, rows = self._affairs_ledger(objs)
        formats = self._affairs_formats(workbook)
        sheet = workbook.add_worksheet(title[:31])
        sheet.write(0, 0, title, formats["title"])
        for col, (header, _kind, width) in enumerate(columns):
            sheet.set_column(col, col, width)
            sheet.write(2, col, header, formats["header"])
        for row_index, row in enumerate(rows, start=3):
            for col, value in enumerate(row):
                kind = columns[col][1]
                if value in (None, False):
                    sheet.write_blank(row_index, col, None, formats["text"])
                elif kind == "date":
                    sheet.write_datetime(row_index, col, value, formats["date"])
                else:
                    sheet.write(row_index, col, value, formats[kind])
        sheet.freeze_panes(3, 0)
        if rows:
            sheet.autofilter(2, 0, 2 + len(rows), len(columns) - 1)

    def _affairs_formats(self, workbook):
        font = {"font_name": "Noto Sans CJK SC", "font_size": 10}
        return {
            "title": workbook.add_format(dict(font, bold=True, font_size=14)),
            "header": workbook.add_format(
                dict(font, bold=True, bg_color="#D9E1F2", border=1, text_wrap=True)
            ),
            "text": workbook.add_format(dict(font, border=1)),
            "int": workbook.add_format(dict(font, border=1, num_format="0")),
            "money": workbook.add_format(dict(font, border=1, num_format="#,##0.00")),
            "percent": workbook.add_format(dict(font, border=1, num_format="0.0")),
            "date": workbook.add_format(dict(font, border=1, num_format="yyyy-mm-dd")),
        }
