# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError

from .common import AffairsCommon

POST_LEVEL_CODES = [
    "state",
    "state_deputy",
    "ministerial",
    "ministerial_deputy",
    "bureau",
    "bureau_deputy",
    "division",
    "division_deputy",
    "section",
    "section_deputy",
    "staff",
    "clerk",
]


class TestRank(AffairsCommon):
    def test_national_ladder_is_shipped_in_order(self):
        posts = self.env["affairs.rank"].search([("rank_type", "=", "post")])
        self.assertEqual(posts.mapped("code"), POST_LEVEL_CODES)
        self.assertEqual(posts.mapped("post_level_id"), posts)

    def test_grade_is_treated_as_post_level(self):
        grade = self.env.ref("affairs_base.rank_grade_researcher_1")
        self.assertEqual(grade.name, "一级调研员")
        self.assertEqual(grade.post_level_id.code, "division")
        self.employee_b.affairs_rank_id = grade
        self.assertEqual(self.employee_b.affairs_post_level_id.code, "division")

    def test_grade_needs_post_level(self):
        with self.assertRaisesRegex(ValidationError, "mapped to a post level"):
            self.env["affairs.rank"].create(
                {"name": "X", "code": "x", "rank_type": "grade"}
            )

    def test_code_unique(self):
        from psycopg2 import IntegrityError

        from odoo.tools import mute_logger

        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self.env["affairs.rank"].create({"name": "X", "code": "division"})
