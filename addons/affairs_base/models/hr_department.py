# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

AFFAIRS_LEVELS = [
    ("central", "Central (中央)"),
    ("provincial", "Provincial (省级)"),
    ("municipal", "Municipal (市级)"),
    ("county", "County (县级)"),
    ("township", "Township (乡级)"),
]

ORGAN_TYPES = [
    ("party_government", "Party and government organ (党政机关)"),
    ("congress", "People's congress (人大)"),
    ("cppcc", "CPPCC (政协)"),
    ("judicial", "Court or procuratorate (审判检察)"),
    ("mass_org", "People's organisation (群团)"),
    ("institution", "Public institution (事业单位)"),
]


class HrDepartment(models.Model):
    """A top-level department flagged as a served agency (服务单位).

    Every department of the tree knows its agency, so that records filed by
    anybody inside an agency can be filtered, costed and reported per agency.
    """

    _name = "hr.department"
    _inherit = ["hr.department", "affairs.import.mixin"]
    # Agencies and sections are named within their parent (the import key).
    _affairs_import_key = ("name", "parent_id")

    is_affairs_agency = fields.Boolean(
        string="Served Agency",
        tracking=True,
        help="A top-level unit served by the agency-affairs bureau.",
    )
    affairs_level = fields.Selection(
        AFFAIRS_LEVELS, string="Administrative Level", tracking=True
    )
    affairs_organ_type = fields.Selection(ORGAN_TYPES, string="Organ Type")
    affairs_headcount = fields.Integer(
        string="Authorized Headcount", help="编制数: staff positions approved."
    )
    affairs_employee_count = fields.Integer(
        string="Actual Staff", compute="_compute_affairs_employee_count"
    )
    affairs_partner_id = fields.Many2one(
        "res.partner",
        string="Agency Partner",
        help="Partner used on invoices and recharges of this agency.",
    )
    affairs_analytic_account_id = fields.Many2one(
        "account.analytic.account",
        string="Analytic Account",
        help="Cost allocation and budgets of this agency.",
    )
    affairs_agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_affairs_agency_id",
        store=True,
        recursive=True,
        index=True,
    )

    @api.model
    def _affairs_import_templates(self):
        return {
            "agency": (
                self.env._("Agencies and Sections"),
                [
                    "name",
                    "parent_id",
                    "is_affairs_agency",
                    "affairs_level",
                    "affairs_organ_type",
                    "affairs_headcount",
                ],
            )
        }

    @api.depends("is_affairs_agency", "parent_id.affairs_agency_id")
    def _compute_affairs_agency_id(self):
        for department in self:
            if department.is_affairs_agency:
                department.affairs_agency_id = department
            else:
                department.affairs_agency_id = department.parent_id.affairs_agency_id

    def _compute_affairs_employee_count(self):
        data = self.env["hr.employee"]._read_group(
            [("affairs_agency_id", "in", self.ids)], ["affairs_agency_id"], ["__count"]
        )
        counts = {agency.id: count for agency, count in data}
        for department in self:
            department.affairs_employee_count = counts.get(department.id, 0)

    @api.constrains("is_affairs_agency", "parent_id", "affairs_level")
    def _check_affairs_agency(self):
        for department in self.filtered("is_affairs_agency"):
            if department.parent_id:
                raise ValidationError(
                    self.env._(
                        "Only a top-level department can be a served agency: "
                        "%(name)s belongs to %(parent)s.",
                        name=department.name,
                        parent=department.parent_id.name,
                    )
                )
            if not department.affairs_level:
                raise ValidationError(
                    self.env._(
                        "Served agency %(name)s needs an administrative level.",
                        name=department.name,
                    )
                )

    @api.constrains("affairs_headcount")
    def _check_affairs_headcount(self):
        if any(department.affairs_headcount < 0 for department in self):
            raise ValidationError(
                self.env._("The authorized headcount cannot be negative.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        departments = super().create(vals_list)
        departments.filtered("is_affairs_agency")._affairs_ensure_accounts()
        return departments

    def write(self, vals):
        res = super().write(vals)
        if vals.get("is_affairs_agency"):
            self.filtered("is_affairs_agency")._affairs_ensure_accounts()
        return res

    def _affairs_ensure_accounts(self):
        """Give each agency its partner and analytic account when missing."""
        plan = self.env.ref(
            "affairs_base.analytic_plan_agencies", raise_if_not_found=False
        )
        for agency in self:
            if not agency.affairs_partner_id:
                agency.affairs_partner_id = self.env["res.partner"].create(
                    {
                        "name": agency.name,
                        "is_company": True,
                        "company_id": agency.company_id.id,
                    }
                )
            if not agency.affairs_analytic_account_id and plan:
                agency.affairs_analytic_account_id = self.env[
                    "account.analytic.account"
                ].create(
                    {
                        "name": agency.name,
                        "plan_id": plan.id,
                        "company_id": agency.company_id.id,
                        "partner_id": agency.affairs_partner_id.id,
                    }
                )

    def _affairs_analytic_distribution(self):
        """Analytic distribution putting 100% on the agency's account."""
        self.ensure_one()
        account = self.affairs_agency_id.affairs_analytic_account_id
        return {str(account.id): 100} if account else {}
