# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase


class TestCreditCode(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.china = cls.env.ref("base.cn")

    def test_valid_unified_social_credit_code(self):
        partner = self.env["res.partner"].create(
            {
                "name": "某市财政局",
                "is_company": True,
                "country_id": self.china.id,
                "vat": "91110108551385082Q",
            }
        )
        self.assertEqual(partner.vat, "91110108551385082Q")

    def test_wrong_check_character_refused(self):
        with self.assertRaisesRegex(ValidationError, "统一社会信用代码"):
            self.env["res.partner"].create(
                {
                    "name": "X",
                    "is_company": True,
                    "country_id": self.china.id,
                    "vat": "91110108551385082A",
                }
            )

    def test_wrong_length_refused(self):
        with self.assertRaisesRegex(
            ValidationError, "not a valid unified social credit code"
        ):
            self.env["res.partner"].create(
                {
                    "name": "X",
                    "is_company": True,
                    "country_id": self.china.id,
                    "vat": "9111010855138508",
                }
            )

    def test_other_countries_and_people_not_checked(self):
        self.env["res.partner"].create(
            {
                "name": "Y",
                "is_company": True,
                "country_id": self.env.ref("base.fr").id,
                "vat": "123",
            }
        )
        self.env["res.partner"].create(
            {"name": "Z", "country_id": self.china.id, "vat": "123"}
        )
