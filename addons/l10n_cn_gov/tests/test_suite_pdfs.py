# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import html as lxml_html

from odoo.tests import TransactionCase, tagged

# The suite's addons: their PDF reports are the ones checked.
SUITE_MODULE_PATTERNS = ("affairs\\_%", "l10n\\_cn\\_gov%")
# Records that make sense to print, where a model holds others too.
RECORD_DOMAINS = {"hr.department": [("is_affairs_agency", "=", True)]}
# Documents the demo does not make: made for the test the way users make them.
RECORD_MAKERS = {
    "affairs.meeting.settlement": "_make_meeting_settlement",
    "affairs.budget.final": "_make_budget_final",
}


@tagged("post_install", "-at_install")
class TestSuitePdfs(TransactionCase):
    """No '$' in any PDF of the suite for the demo bureau, '¥' by its amounts.

    Every QWeb PDF report shipped by a suite addon is rendered as HTML (what
    wkhtmltopdf would print, without running it) for one record of the demo
    company (made the way users make it where the demo has none); only the
    text a reader sees is checked, and each printed amount carries '¥'. The
    invoices and bills the suite's documents made are checked the same way.
    """

    def _suite_reports(self):
        domain = [("model", "=", "ir.actions.report")]
        patterns = [("module", "=like", pattern) for pattern in SUITE_MODULE_PATTERNS]
        domain += ["|"] * (len(patterns) - 1) + patterns
        report_ids = self.env["ir.model.data"].search(domain).mapped("res_id")
        return (
            self.env["ir.actions.report"]
            .browse(report_ids)
            .filtered(lambda report: report.report_type == "qweb-pdf")
            .sorted("report_name")
        )

    def _demo_record(self, report, company):
        Model = self.env[report.model].with_company(company)
        if Model._transient:
            return Model.create({})
        domain = list(RECORD_DOMAINS.get(report.model, []))
        if "company_id" in Model._fields:
            domain.append(("company_id", "in", [company.id, False]))
        record = Model.search(domain, limit=1, order="id")
        if not record and report.model in RECORD_MAKERS:
            record = getattr(self, RECORD_MAKERS[report.model])(Model)
        return record

    def _make_meeting_settlement(self, Settlement):
        """The month of the demo bureau's first held meeting, settled."""
        booking = self.env["affairs.meeting.booking"].search(
            [
                ("company_id", "=", Settlement.env.company.id),
                ("state", "in", ("approved", "in_use", "done")),
            ],
            limit=1,
            order="date_start",
        )
        if not booking:
            return Settlement
        return Settlement.action_settle_month(booking.date_start.date())[:1]

    def _make_budget_final(self, Final):
        """The final accounts (决算) of the first agency with a budget line."""
        line = self.env["affairs.budget.line"].search(
            [("company_id", "=", Final.env.company.id)], limit=1, order="id"
        )
        if not line:
            return Final
        return Final.create({"agency_id": line.agency_id.id, "year": line.year})

    @staticmethod
    def _visible_text(content):
        """The text a reader sees, and the texts of its printed amounts (the
        monetary widget's value with its currency symbol)."""
        tree = lxml_html.fromstring(content)
        for node in tree.xpath("//script | //style | //head"):
            node.drop_tree()
        amounts = [
            " ".join(node.getparent().text_content().split())
            for node in tree.xpath("//*[contains(@class, 'oe_currency_value')]")
        ]
        return " ".join(tree.text_content().split()), amounts

    def _demo_company(self):
        module = self.env["ir.module.module"].search([("name", "=", "l10n_cn_gov")])
        if not module.demo:
            self.skipTest("without demo data there is no demo bureau to print for")
        return self.env.ref("base.main_company")

    def _check_yuan(self, report_ref, records):
        content, kind = (
            self.env["ir.actions.report"]
            .with_company(records.env.company)
            ._render_qweb_html(report_ref, records.ids)
        )
        self.assertEqual(kind, "html")
        text, amounts = self._visible_text(content)
        self.assertNotIn("$", text)
        for amount in amounts:
            self.assertIn("¥", amount)
        return amounts

    def test_suite_invoices_print_yuan(self):
        """The bills and invoices the suite's documents made for the demo
        bureau (vehicle costs, receptions, rents, recharges) print in ¥."""
        company = self._demo_company()
        moves = self.env["account.move"].search(
            [
                ("company_id", "=", company.id),
                ("state", "=", "posted"),
                ("move_type", "in", ("in_invoice", "out_invoice")),
                ("invoice_line_ids.analytic_distribution", "!=", False),
            ]
        )
        self.assertTrue(moves)
        for move_type in ("in_invoice", "out_invoice"):
            sample = moves.filtered(lambda m, t=move_type: m.move_type == t)[:1]
            if sample:
                with self.subTest(move=sample.name):
                    self.assertTrue(self._check_yuan("account.report_invoice", sample))

    def test_suite_pdfs_print_yuan(self):
        company = self._demo_company()
        self.assertEqual(company.currency_id.name, "CNY")
        reports = self._suite_reports()
        self.assertTrue(reports)
        env = self.env(context=dict(self.env.context, allowed_company_ids=company.ids))
        rendered = with_amounts = 0
        for report in reports:
            with self.subTest(report=report.report_name):
                record = self._demo_record(report.with_env(env), company)
                if not record:
                    continue
                amounts = self._check_yuan(report.report_name, record)
                rendered += 1
                with_amounts += bool(amounts)
        # Most reports have a demo record; several print amounts (receptions,
        # settlements, statements, the 三公 statement, the final accounts).
        self.assertGreater(rendered, len(reports) // 2)
        self.assertGreaterEqual(with_amounts, 3)
