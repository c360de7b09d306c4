# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io
from datetime import date, timedelta

import openpyxl

from odoo import fields
from odoo.exceptions import ValidationError

from .common import AffairsCommon


class TestKeyTask(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        today = fields.Date.today()
        cls.task = cls.env["affairs.key.task"].create(
            {
                "name": "办公用房清理",
                "year": today.year,
                "item_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "摸底",
                            "target": "8 agencies",
                            "deadline": today - timedelta(days=1),
                            "responsible_id": cls.officer.id,
                            "quality_requirement": "一房一档",
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "name": "整改",
                            "target": "no overage",
                            "deadline": today + timedelta(days=30),
                            "responsible_id": cls.officer_2.id,
                        },
                    ),
                ],
            }
        )
        cls.late, cls.future = cls.task.item_ids.sorted("deadline")

    def test_progress_and_overdue(self):
        self.assertTrue(self.late.is_overdue)
        self.assertFalse(self.future.is_overdue)
        self.assertEqual(self.task.overdue_count, 1)
        self.future.progress = 50
        self.assertEqual(self.future.state, "in_progress")
        self.assertEqual(self.task.progress, 25)
        self.late.action_done()
        self.assertEqual((self.late.progress, self.late.state), (100, "done"))
        self.assertFalse(self.late.is_overdue)
        self.assertEqual(self.task.progress, 75)
        self.assertEqual(
            self.env["affairs.key.task.item"].search(
                [("is_overdue", "=", True), ("task_id", "=", self.task.id)]
            ),
            self.env["affairs.key.task.item"],
        )

    def test_done_means_full_progress(self):
        with self.assertRaisesRegex(ValidationError, "100"):
            self.env["affairs.key.task.item"].create(
                {
                    "task_id": self.task.id,
                    "name": "x",
                    "target": "y",
                    "deadline": fields.Date.today(),
                    "responsible_id": self.officer.id,
                    "state": "done",
                    "progress": 50,
                }
            )

    def test_progress_range(self):
        from psycopg2 import IntegrityError

        from odoo.tools import mute_logger

        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self.future.progress = 120

    def test_cron_reminds_responsible(self):
        self.env["affairs.key.task.item"]._cron_remind_overdue()
        self.assertEqual(self.late.activity_ids.user_id, self.officer)
        self.assertFalse(self.future.activity_ids)

    def test_excel_ledger(self):
        content, kind = self.env["ir.actions.report"]._render_xlsx(
            "affairs_base.action_report_key_task_xlsx", self.task.ids, None
        )
        self.assertEqual(kind, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 2)
        self.assertEqual({row[2] for row in rows}, {"摸底", "整改"})
        late_row = next(row for row in rows if row[2] == "摸底")
        self.assertEqual(late_row[4], "一房一档")
        self.assertEqual(late_row[9], "Yes")
        self.assertEqual(late_row[5].date(), date.today() - timedelta(days=1))
