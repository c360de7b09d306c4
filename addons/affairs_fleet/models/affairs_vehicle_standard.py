# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

VEHICLE_CATEGORIES = [
    ("confidential", "Confidential Communications (机要通信)"),
    ("emergency", "Emergency Support (应急保障)"),
    ("law_enforcement", "Law Enforcement / Duty (执法执勤)"),
    ("special_technical", "Special Technical (特种专业技术)"),
    ("other", "Other Retained (其他)"),
]

VEHICLE_VARIANTS = [
    ("standard", "Standard"),
    ("work_need", "Work Need (因工作需要)"),
    ("special", "Special Circumstances: Small/Medium Bus"),
    ("special_large_bus", "Special Circumstances: Large Bus"),
    ("nev_sedan", "New-Energy Sedan"),
]


class AffairsVehicleStandard(models.Model):
    """Purchase caps (配备标准) per vehicle category and variant.

    Rows with category ``any`` apply on top of the category row (e.g. the
    new-energy sedan price cap). An empty cap means no national cap.
    """

    _name = "affairs.vehicle.standard"
    _inherit = ["affairs.standard.mixin"]
    _description = "Official Vehicle Purchase Standard"
    _order = "category, variant"

    name = fields.Char(string="Description", required=True, translate=True)
    category = fields.Selection(
        VEHICLE_CATEGORIES + [("any", "Any Category")], required=True, index=True
    )
    variant = fields.Selection(VEHICLE_VARIANTS, required=True, default="standard")
    body_type = fields.Char(translate=True)
    condition = fields.Char(translate=True, help="When this variant may be used.")
    max_price = fields.Float(string="Max Price (CNY)", help="0 means no cap.")
    max_displacement = fields.Float(
        string="Max Displacement (L)", help="0 means no cap."
    )

    _caps_positive = models.Constraint(
        "CHECK(max_price >= 0 AND max_displacement >= 0)",
        "Purchase caps cannot be negative.",
    )

    def _rule_key(self):
        self.ensure_one()
        return (self.category, self.variant)
