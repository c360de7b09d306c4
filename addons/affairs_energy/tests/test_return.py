# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from io import BytesIO

import openpyxl

from odoo.exceptions import UserError

from .common import EnergyCommon


class TestReturn(EnergyCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.this_year = cls.year + 1
        # December of the year before last opens the meter; Q1 last year: 3,000
        cls._read(cls.elec_a, 12, 0, year=cls.year - 1)
        cls._series(cls.elec_a, [1000, 2000, 3000])
        cls._series(cls.elec_a, [3000, 3000], start_month=11)
        cls._read(cls.elec_a, 4, 3000)

    def _fill_this_q1(self, values):
        self._series(self.elec_a, values, year=self.this_year)

    def _return(self, user=None, **values):
        vals = {
            "agency_id": self.agency_a.id,
            "year": self.this_year,
            "period_type": "quarter",
            "quarter": "1",
        }
        vals.update(values)
        return (
            self.env["affairs.energy.return"]
            .with_user(user or self.user_a)
            .create(vals)
        )

    def test_prepare_from_readings(self):
        """Q1 this year: 3,300 kWh against 3,000 in Q1 last year (+10%)."""
        self._fill_this_q1([4000, 5100, 6300])
        ret = self._return()
        ret.action_prepare()
        line = ret.line_ids
        self.assertEqual(line.kind, "electricity")
        self.assertAlmostEqual(line.quantity, 3300)
        self.assertAlmostEqual(line.last_quantity, 3000)
        self.assertAlmostEqual(line.change_rate, 10.0, 1)
        self.assertFalse(line.needs_explanation)
        self.assertAlmostEqual(ret.total_kgce, 3300 * 0.1229, 2)
        self.assertEqual(ret.headcount, 50)
        self.assertFalse(ret.missing_months)
        ret.action_submit()
        self.assertEqual(ret.state, "submitted")

    def test_big_change_needs_an_explanation(self):
        """+50% against last year (alert rate 20%) needs an explanation."""
        self._fill_this_q1([4500, 6000, 7500])
        ret = self._return()
        ret.action_prepare()
        self.assertEqual(ret.change_alert_rate, 20)
        self.assertTrue(ret.line_ids.needs_explanation)
        with self.assertRaisesRegex(UserError, "Explain the change"):
            ret.action_submit()
        self.assertEqual(ret.state, "draft")
        ret.line_ids.explanation = "New data room opened in January"
        ret.action_submit()
        self.assertEqual(ret.state, "submitted")

    def test_missing_month_blocks_submission(self):
        self._series(self.elec_a, [4000], year=self.this_year)
        self._read(self.elec_a, 3, 6300, year=self.this_year)
        ret = self._return()
        ret.action_prepare()
        self.assertIn("%s-02" % self.this_year, ret.missing_months)
        with self.assertRaisesRegex(UserError, "readings are missing"):
            ret.action_submit()

    def test_unprepared_return_cannot_be_submitted(self):
        with self.assertRaisesRegex(UserError, "Prepare"):
            self._return().action_submit()

    def test_bureau_reviews_or_returns(self):
        """An officer approves; a returned return goes back to draft with a reason."""
        self._fill_this_q1([4000, 5100, 6300])
        ret = self._return()
        ret.action_prepare()
        ret.action_submit()
        with self.assertRaises(UserError):
            ret.with_user(self.user_a).action_approve()
        with self.assertRaisesRegex(UserError, "reset it to draft"):
            ret.line_ids.with_user(self.user_a).explanation = "Changed afterwards"
        with self.assertRaisesRegex(UserError, "reset it to draft"):
            ret.with_user(self.user_a).headcount = 80
        ret.with_user(self.officer).action_reject("Heat figures are missing")
        self.assertEqual(ret.state, "rejected")
        self.assertEqual(ret.reject_reason, "Heat figures are missing")
        ret.with_user(self.user_a).action_draft()
        ret.with_user(self.user_a).action_submit()
        ret.with_user(self.officer).action_approve()
        self.assertEqual(ret.state, "approved")
        self.assertEqual(ret.approved_by_id, self.officer)

    def test_requester_cannot_review_own_return(self):
        self._fill_this_q1([4000, 5100, 6300])
        ret = self._return(user=self.officer)
        ret.action_prepare()
        ret.action_submit()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            ret.with_user(self.officer).action_approve()
        ret.with_user(self.officer_2).action_approve()
        self.assertEqual(ret.state, "approved")

    def test_annual_return_and_one_per_period(self):
        ret = self._return(period_type="year", quarter=False, year=self.year)
        self.assertEqual((ret.date_from.month, ret.date_to.month), (1, 12))
        ret.action_prepare()
        self.assertAlmostEqual(ret.line_ids.quantity, 3000)

    def _xlsx_rows(self, xmlid, records):
        content, _kind = self.env["ir.actions.report"]._render_xlsx(
            xmlid, records.ids, {}
        )
        sheet = openpyxl.load_workbook(BytesIO(content)).active
        return list(sheet.iter_rows(values_only=True))

    def test_excel_return_and_summary(self):
        self._fill_this_q1([4000, 5100, 6300])
        ret = self._return()
        ret.action_prepare()
        rows = self._xlsx_rows("affairs_energy.action_report_energy_return_xlsx", ret)
        self.assertEqual(rows[0][0], "Energy Statistics Return")
        self.assertEqual(rows[3][0], self.agency_a.name)
        self.assertEqual(rows[3][4], 3300)
        self.assertEqual(rows[4][2], "Total")
        rows = self._xlsx_rows(
            "affairs_energy.action_report_energy_return_summary_xlsx", ret
        )
        self.assertEqual(rows[-1][0], "Compound Total")
        self.assertAlmostEqual(rows[-1][5], 3300 * 0.1229 / 1000, 4)
