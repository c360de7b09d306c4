# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase


class TestChineseCapitals(TransactionCase):
    def test_tricky_amounts(self):
        cases = {
            12345.60: "壹万贰仟叁佰肆拾伍元陆角整",
            0.05: "伍分",
            100000000: "壹亿元整",
            1001: "壹仟零壹元整",
            10010.5: "壹万零壹拾元伍角整",
            100000.07: "壹拾万元零柒分",
            120000000.34: "壹亿贰仟万元叁角肆分",
            1.01: "壹元零壹分",
            0: "零元整",
            -8.5: "负捌元伍角整",
            2.345: "贰元叁角伍分",  # rounded half-up to the fen
        }
        Currency = self.env["res.currency"]
        for amount, expected in cases.items():
            with self.subTest(amount=amount):
                self.assertEqual(Currency.amount_to_cn_capital(amount), expected)
