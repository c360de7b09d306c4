# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError, ValidationError

from .common import AffairsCommon


class TestStandardBook(AffairsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.national = cls.env.ref("affairs_base.standard_book_national")
        cls.Book = cls.env["affairs.standard.book"]
        cls.local = cls.Book.create(
            {
                "name": "某市标准 2026",
                "scope": "local",
                "parent_id": cls.national.id,
                "date_from": date(2026, 1, 1),
                "date_to": date(2026, 12, 31),
            }
        )

    def test_national_book_in_force(self):
        books = self.Book._get_books_in_force(date(2020, 5, 1))
        self.assertIn(self.national, books)
        self.assertNotIn(self.local, books)

    def test_company_book_comes_first_then_its_parent(self):
        self.env.company.affairs_standard_book_id = self.local
        books = self.Book._get_books_in_force(date(2026, 6, 1))
        self.assertEqual(books[:2], self.local | self.national)

    def test_expired_local_book_falls_back_to_national(self):
        self.env.company.affairs_standard_book_id = self.local
        books = self.Book._get_books_in_force(date(2027, 1, 1))
        self.assertEqual(books[:1], self.national)
        self.assertNotIn(self.local, books)

    def test_dates_and_cycles_refused(self):
        with self.assertRaisesRegex(ValidationError, "ends before it starts"):
            self.local.date_to = date(2025, 1, 1)
        with self.assertRaises(UserError):
            self.national.parent_id = self.local
