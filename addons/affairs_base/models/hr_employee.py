# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from .affairs_approval_mixin import AFFAIRS_LINK_EMPLOYEES


class HrEmployee(models.Model):
    _name = "hr.employee"
    _inherit = ["hr.employee", "affairs.import.mixin"]
    # The badge number (工号) identifies a cadre across imports.
    _affairs_import_key = ("barcode",)

    affairs_rank_id = fields.Many2one(
        "affairs.rank", string="Post / Rank", tracking=True, index="btree_not_null"
    )
    affairs_post_level_id = fields.Many2one(
        related="affairs_rank_id.post_level_id",
        string="Post Level",
        store=True,
        help="The post level entitlements (office area, reception, vehicles) "
        "are computed from.",
    )
    affairs_agency_id = fields.Many2one(
        related="department_id.affairs_agency_id",
        string="Agency",
        store=True,
        index="btree_not_null",
    )

    def _check_access(self, operation):
        """Agency users may link the employees of their own agency.

        Since Odoo 19, filling a many2many (occupants of a space request,
        members of a trip) needs read access to the employees, which agency
        cadres have not: they see colleagues through ``hr.employee.public``.
        Like core's ``hr.mixin``, pretend the employees readable while a suite
        document is saved, but only those of the user's own agencies (and the
        user's own employee). Model-level checks (empty recordsets) are left
        alone, so that the Employees app keeps showing the public profiles.
        """
        result = super()._check_access(operation)
        if (
            result is None
            or operation != "read"
            or not self._ids
            or self.env.context.get("_affairs_link_employees")
            is not AFFAIRS_LINK_EMPLOYEES
        ):
            return result
        forbidden, make_error = result
        user = self.env.user
        # sudo: an employee's agency and user are public (hr.employee.public).
        outside = forbidden.sudo().filtered(
            lambda employee: (
                employee.affairs_agency_id not in user.affairs_agency_ids
                and employee.user_id != user
            )
        )
        if not outside:
            return None
        return forbidden.browse(outside.ids), make_error

    @api.model
    def _affairs_import_templates(self):
        return {
            "employee": (
                self.env._("Employees with Ranks"),
                [
                    "barcode",
                    "name",
                    "department_id",
                    "job_title",
                    "affairs_rank_id",
                    "work_phone",
                    "work_email",
                ],
            )
        }

    @api.model
    def get_import_templates(self):
        # hr's own template does not call super(): offer the suite's first.
        return self._affairs_import_template_entries() + super().get_import_templates()

    @api.model_create_multi
    def create(self, vals_list):
        # hr splits the values (employee, version) before ``base`` sees them.
        if not self.env.su:
            self._affairs_check_suite_input(vals_list)
        employees = super().create(vals_list)
        if any(vals.get("user_id") for vals in vals_list):
            self._affairs_invalidate_rule_cache()
        return employees

    def write(self, vals):
        if not self.env.su:
            self._affairs_check_suite_input([vals])
        res = super().write(vals)
        if {"user_id", "department_id"} & vals.keys():
            self._affairs_invalidate_rule_cache()
        return res

    def _affairs_invalidate_rule_cache(self):
        # Agency record rules read the user's agencies (res.users
        # affairs_agency_ids); ir.rule caches evaluated domains per user.
        self.env.registry.clear_cache()
