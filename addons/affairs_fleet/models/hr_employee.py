# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError

from .fleet_vehicle import LICENSE_CLASSES, LICENSE_COVERS

# What the dispatch desk (officers without HR rights) may change on an employee.
DRIVER_FIELDS = {
    "affairs_is_driver",
    "affairs_license_class",
    "affairs_license_number",
    "affairs_license_expiry",
}


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    affairs_is_driver = fields.Boolean(string="Official Driver", tracking=True)
    affairs_license_class = fields.Selection(
        LICENSE_CLASSES, string="Licence Class", tracking=True
    )
    affairs_license_number = fields.Char(string="Licence Number")
    affairs_license_expiry = fields.Date(string="Licence Expiry", tracking=True)

    @api.model
    def _affairs_import_templates(self):
        return {
            **super()._affairs_import_templates(),
            "driver": (
                self.env._("Drivers"),
                [
                    "barcode",
                    "name",
                    "department_id",
                    "affairs_is_driver",
                    "affairs_license_class",
                    "affairs_license_number",
                    "affairs_license_expiry",
                ],
            ),
        }

    def write(self, vals):
        # Officers get write access to employees for the driver's licence only;
        # everything else on an employee belongs to HR.
        if self.env.su or self.env.user.has_group("hr.group_hr_user"):
            return super().write(vals)
        if set(vals) - DRIVER_FIELDS:
            raise AccessError(
                self.env._(
                    "Only HR can change an employee; the dispatch desk keeps "
                    "the driver's licence."
                )
            )
        # Checked here: the superuser's write below skips the input checks.
        self._affairs_check_suite_input([vals])
        # sudo: HR's chatter tracking reads the employee's contract fields,
        # closed to the dispatch desk; the write itself is limited to the
        # licence fields just above (uid unchanged, so the chatter shows who).
        return super(HrEmployee, self.sudo()).write(vals)

    def _affairs_driver_problem(self, vehicle, date):
        """Why this employee may not drive ``vehicle`` on ``date``, or ''."""
        self.ensure_one()
        if not self.affairs_is_driver:
            return self.env._("%s is not an official driver.", self.name)
        if not self.affairs_license_expiry or self.affairs_license_expiry < date:
            return self.env._("The driving licence of %s has expired.", self.name)
        needed = vehicle.affairs_license_class
        if needed and needed not in LICENSE_COVERS.get(self.affairs_license_class, ()):
            return self.env._(
                "%(driver)s (licence %(held)s) is not qualified to drive %(vehicle)s "
                "(needs %(needed)s).",
                driver=self.name,
                held=self.affairs_license_class or "-",
                vehicle=vehicle.display_name,
                needed=needed,
            )
        return ""

    @api.model
    def _cron_affairs_license_expiry(self):
        """Raise an activity for each driver whose licence expires soon."""
        days = self.env["affairs.vehicle.lifecycle.rule"]._get_param(
            "license_warning_days", 30
        )
        limit = fields.Date.context_today(self) + timedelta(days=int(days))
        drivers = self.search(
            [("affairs_is_driver", "=", True), ("affairs_license_expiry", "<=", limit)]
        )
        activity_type = self.env.ref("mail.mail_activity_data_warning")
        # Without a manager with a login, the dispatch desk is warned.
        desk = self.env.ref("affairs_base.group_affairs_officer").user_ids[:1]
        warned = self.env["mail.activity"].search(
            [
                ("res_model", "=", "hr.employee"),
                ("res_id", "in", drivers.ids),
                ("activity_type_id", "=", activity_type.id),
                ("summary", "like", "[licence]"),
            ]
        )
        for driver in drivers.filtered(lambda d: d.id not in warned.mapped("res_id")):
            driver.activity_schedule(
                activity_type_id=activity_type.id,
                date_deadline=driver.affairs_license_expiry,
                user_id=(
                    driver.parent_id.user_id or driver.user_id or desk or self.env.user
                ).id,
                summary=self.env._(
                    "[licence] Driving licence of %s expires", driver.name
                ),
            )
        return drivers
