# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

KINDS = [
    ("inspection", "Periodic Inspection (定期检验)"),
    ("registration", "Use Registration (使用登记)"),
    ("other", "Other Certificate"),
]


class AffairsEquipmentCertificate(models.Model):
    """A certificate of an equipment item with its expiry.

    The latest certificate of each kind is the one in force; the statutory
    periodic inspection of special equipment (特种设备定期检验: lifts,
    boilers, pressure vessels) is a certificate of kind ``inspection`` whose
    expiry is the date the next inspection is due.
    """

    _name = "affairs.equipment.certificate"
    _description = "Equipment Certificate"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "expiry_date desc, id desc"
    _check_company_auto = True

    equipment_id = fields.Many2one(
        "maintenance.equipment",
        required=True,
        index=True,
        ondelete="cascade",
    )
    name = fields.Char(string="Certificate No.", required=True, tracking=True)
    kind = fields.Selection(KINDS, required=True, default="inspection", tracking=True)
    issuer = fields.Char(string="Issued By")
    issue_date = fields.Date(required=True, default=fields.Date.context_today)
    expiry_date = fields.Date(required=True, tracking=True, index=True)
    attachment = fields.Binary(attachment=True)
    attachment_name = fields.Char()
    note = fields.Text()
    agency_id = fields.Many2one(
        related="equipment_id.affairs_agency_id", store=True, string="Agency"
    )
    company_id = fields.Many2one(
        related="equipment_id.company_id", store=True, string="Company"
    )
    is_lapsed = fields.Boolean(
        string="Lapsed", compute="_compute_is_lapsed", search="_search_is_lapsed"
    )

    _dates_ordered = models.Constraint(
        "CHECK(expiry_date >= issue_date)",
        "A certificate cannot expire before it is issued.",
    )

    @api.depends("expiry_date")
    def _compute_is_lapsed(self):
        today = fields.Date.context_today(self)
        for certificate in self:
            certificate.is_lapsed = certificate.expiry_date < today

    def _search_is_lapsed(self, operator, value):
        if operator != "in":
            return NotImplemented
        today = fields.Date.context_today(self)
        operator = "<" if True in value else ">="
        return [("expiry_date", operator, today)]
