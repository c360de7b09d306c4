# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

from .fleet_vehicle import LICENSE_CLASSES


class HrEmployeePublic(models.Model):
    # Dispatchers and agency users read drivers through the public profile:
    # whether someone drives and until when is not private HR data.
    _inherit = "hr.employee.public"

    affairs_is_driver = fields.Boolean(string="Official Driver", readonly=True)
    affairs_license_class = fields.Selection(
        LICENSE_CLASSES, string="Licence Class", readonly=True
    )
    affairs_license_number = fields.Char(string="Licence Number", readonly=True)
    affairs_license_expiry = fields.Date(string="Licence Expiry", readonly=True)
