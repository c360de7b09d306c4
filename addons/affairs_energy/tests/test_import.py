# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tools import file_path, mute_logger

from .common import EnergyCommon

FIELDS = ["meter_id", "date", "value", "reading_type"]


class TestImport(EnergyCommon):
    def _load(self, rows, user=None):
        Reading = self.env["affairs.energy.reading"].with_user(user or self.user_a)
        # an unknown meter reaches the database as an empty meter: load()
        # reports it on its row, the SQL layer logs the refused insert.
        with mute_logger("odoo.sql_db"):
            return Reading.load(FIELDS, rows)

    def test_template_offered(self):
        templates = self.env["affairs.energy.reading"].get_import_templates()
        self.assertEqual(len(templates), 1)
        path = templates[0]["template"].lstrip("/")
        self.assertTrue(file_path(path))

    def test_import_all_or_nothing(self):
        """A backwards row and an unknown meter are reported by row; nothing
        of the file is kept."""
        y = self.year
        result = self._load(
            [
                ["EA-1", f"{y}-01-25", "1000", "Normal"],
                ["EA-1", f"{y}-02-25", "1200", "Normal"],
                ["EA-1", f"{y}-03-25", "1100", "Normal"],
                ["NOPE-9", f"{y}-03-25", "10", "Normal"],
            ]
        )
        self.assertFalse(result["ids"])
        errors = [m for m in result["messages"] if m["type"] == "error"]
        self.assertEqual({m["rows"]["from"] for m in errors}, {2, 3}, errors)
        self.assertTrue(
            any("below the previous reading" in m["message"] for m in errors)
        )
        self.assertFalse(self.elec_a.reading_ids)

    def test_import_good_file(self):
        y = self.year
        result = self._load(
            [
                ["EA-1", f"{y}-01-25", "1000", "Normal"],
                ["EA-1", f"{y}-02-25", "1200", "Normal"],
                ["WA-1", f"{y}-01-25", "30", "Normal"],
            ]
        )
        self.assertEqual(len(result["ids"]), 3, result["messages"])
        self.assertEqual(
            sorted(self.elec_a.reading_ids.mapped("consumption")), [0, 200]
        )

    def test_import_other_agency_meter_refused(self):
        """An agency user cannot import readings onto another agency's meter."""
        result = self._load([["EB-1", f"{self.year}-01-25", "10", "Normal"]])
        self.assertFalse(result["ids"])
        self.assertFalse(self.elec_b.reading_ids)
