# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from .affairs_service_scheme import SERVICE_TYPES


class AffairsServiceContract(models.Model):
    """A contracted service (物业服务合同): cleaning, security, catering...

    Scored every month by an inspection (督查) on its scheme; the score's
    deduction reduces the monthly fee paid to the contractor.
    """

    _name = "affairs.service.contract"
    _description = "Service Contract"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Contract No.", required=True, tracking=True)
    title = fields.Char(required=True, tracking=True)
    partner_id = fields.Many2one(
        "res.partner", string="Contractor", required=True, tracking=True, index=True
    )
    service_type = fields.Selection(SERVICE_TYPES, required=True, tracking=True)
    scope = fields.Char(
        string="Scope", help="The buildings and areas the contractor serves."
    )
    date_start = fields.Date(string="Start", required=True, tracking=True)
    date_end = fields.Date(string="End", required=True, tracking=True)
    monthly_fee = fields.Monetary(required=True, tracking=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    scheme_id = fields.Many2one(
        "affairs.service.scheme",
        string="Scoring Scheme",
        required=True,
        domain="[('service_type', '=', service_type)]",
    )
    survey_id = fields.Many2one(
        "survey.survey",
        string="Satisfaction Survey",
        help="The survey of the agencies' staff about this service; its "
        "answers of the month enter the score.",
    )
    survey_weight = fields.Float(
        string="Survey Weight (%)",
        compute="_compute_survey_weight",
        store=True,
        readonly=False,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Paying Agency",
        required=True,
        domain=[("is_affairs_agency", "=", True)],
        help="Its analytic account carries the vendor bills.",
    )
    officer_id = fields.Many2one(
        "res.users", string="Inspecting Officer", default=lambda self: self.env.user
    )
    state = fields.Selection(
        [("draft", "Draft"), ("running", "Running"), ("closed", "Closed")],
        default="draft",
        required=True,
        tracking=True,
    )
    inspection_ids = fields.One2many(
        "affairs.service.inspection", "contract_id", string="Monthly Inspections"
    )
    inspection_count = fields.Integer(compute="_compute_inspection_count")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    _dates_ordered = models.Constraint(
        "CHECK(date_end >= date_start)", "A contract cannot end before it starts."
    )
    _fee_positive = models.Constraint(
        "CHECK(monthly_fee >= 0)", "The monthly fee cannot be negative."
    )
    _survey_weight_range = models.Constraint(
        "CHECK(survey_weight >= 0 AND survey_weight <= 100)",
        "The survey weight is a percentage between 0 and 100.",
    )
    _name_company_uniq = models.Constraint(
        "UNIQUE(name, company_id)", "The contract number must be unique."
    )

    @api.depends("scheme_id")
    def _compute_survey_weight(self):
        for contract in self:
            contract.survey_weight = contract.scheme_id.survey_weight

    def _compute_inspection_count(self):
        counts = dict(
            self.env["affairs.service.inspection"]._read_group(
                [("contract_id", "in", self.ids)], ["contract_id"], ["__count"]
            )
        )
        for contract in self:
            contract.inspection_count = counts.get(contract, 0)

    def action_start(self):
        """The contract is signed: inspections may score it."""
        self.write({"state": "running"})
        return True

    def action_close(self):
        self.write({"state": "closed"})
        return True

    def action_open_inspections(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Monthly Inspections"),
            "res_model": "affairs.service.inspection",
            "view_mode": "list,form,graph",
            "domain": [("contract_id", "=", self.id)],
            "context": {"default_contract_id": self.id},
        }
