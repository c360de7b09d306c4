# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.affairs_base.models.affairs_approval_mixin import (
    affairs_mechanism,
    in_affairs_mechanism,
)

from .affairs_print_price import COLOURS, PAPER_SIZES

# Plausible upper bounds.
MAX_PAGES = 100_000
MAX_COPIES = 10_000
STATES = [
    ("received", "Received"),
    ("printing", "Printing"),
    ("ready", "Ready"),
    ("collected", "Collected"),
    ("cancel", "Cancelled"),
]
# The fields the printing staff may still change once printing started.
WORKFLOW_FIELDS = (
    "state",
    "printed_by_id",
    "ready_date",
    "collected_date",
    "service_request_id",
)


class AffairsPrintJob(models.Model):
    """A job of the printing centre (文印任务).

    Confidential jobs (涉密) are seen only by their requester and by the
    cleared printing staff (record rules), their file with them.
    """

    _name = "affairs.print.job"
    _description = "Print Job"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "deadline, id"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    title = fields.Char(string="Document Title", required=True, tracking=True)
    document = fields.Binary(attachment=True, copy=False)
    document_name = fields.Char(string="File Name")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    requester_id = fields.Many2one(
        "hr.employee",
        string="Requester",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    requester_user_id = fields.Many2one(
        "res.users",
        string="Requester User",
        compute="_compute_agency_id",
        store=True,
        index=True,
        precompute=True,
    )
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        compute="_compute_agency_id",
        store=True,
        readonly=False,
        required=True,
        index=True,
        precompute=True,
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        check_company=True,
    )
    pages = fields.Integer(required=True, default=1)
    copies = fields.Integer(required=True, default=1)
    colour = fields.Selection(COLOURS, required=True, default="mono")
    paper_size = fields.Selection(PAPER_SIZES, required=True, default="a4")
    duplex = fields.Boolean(string="Double-Sided")
    binding = fields.Selection(
        [
            ("none", "None"),
            ("staple", "Staple"),
            ("glue", "Glue Binding"),
            ("ring", "Ring Binding"),
        ],
        required=True,
        default="none",
    )
    deadline = fields.Datetime(required=True, tracking=True, index=True)
    is_confidential = fields.Boolean(
        string="Confidential",
        tracking=True,
        help="涉密: handled by cleared staff only, visible to nobody else.",
    )
    note = fields.Text()
    unit_price = fields.Monetary(
        string="Price per Page", compute="_compute_amount", store=True
    )
    amount = fields.Monetary(compute="_compute_amount", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(
        STATES, default="received", required=True, tracking=True, index=True, copy=False
    )
    printed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    ready_date = fields.Datetime(string="Ready On", readonly=True, copy=False)
    collected_date = fields.Datetime(string="Collected On", readonly=True, copy=False)
    service_request_id = fields.Many2one(
        "affairs.service.request",
        string="Service Request",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The service-desk request this print job answers.",
    )
    is_late = fields.Boolean(
        string="Late",
        compute="_compute_is_late",
        store=True,
        help="Ready after the deadline.",
    )

    @api.depends("requester_id")
    def _compute_agency_id(self):
        for job in self:
            # sudo: agency cadres may not read hr.employee; only agency and user leave.
            employee = job.requester_id.sudo()
            job.agency_id = employee.affairs_agency_id
            job.requester_user_id = employee.user_id

    @api.depends("pages", "copies", "colour", "paper_size", "company_id")
    def _compute_amount(self):
        Price = self.env["affairs.print.price"]
        for job in self:
            price = Price.search(
                [
                    ("company_id", "=", job.company_id.id),
                    ("paper_size", "=", job.paper_size),
                    ("colour", "=", job.colour),
                ],
                limit=1,
            )
            job.unit_price = price.unit_price
            job.amount = job.pages * job.copies * price.unit_price

    @api.depends("ready_date", "deadline")
    def _compute_is_late(self):
        for job in self:
            job.is_late = bool(
                job.ready_date and job.deadline and job.ready_date > job.deadline
            )

    @api.constrains("pages", "copies")
    def _check_numbers(self):
        for job in self:
            if not 0 < job.pages <= MAX_PAGES:
                raise ValidationError(
                    self.env._("A job has between 1 and %s pages.", MAX_PAGES)
                )
            if not 0 < job.copies <= MAX_COPIES:
                raise ValidationError(
                    self.env._("A job has between 1 and %s copies.", MAX_COPIES)
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not self.env.su and set(vals) & set(WORKFLOW_FIELDS) - {"state"}:
                raise UserError(self.env._("A new print job starts as received."))
            if not self.env.su and vals.get("state", "received") != "received":
                raise UserError(self.env._("A new print job starts as received."))
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("affairs.print.job") or "/"
                )
        jobs = super().create(vals_list)
        jobs._check_agency()
        Request = self.env["affairs.service.request"]
        for job in jobs:
            request = Request._affairs_context_request("printing", job.requester_id)
            if request:
                with affairs_mechanism():
                    job.write({"service_request_id": request.id})
        return jobs

    def write(self, vals):
        if not (self.env.su or in_affairs_mechanism()):
            if set(vals) & set(WORKFLOW_FIELDS):
                raise UserError(
                    self.env._(
                        "The status of a print job changes only through its actions "
                        "(print, ready, collected)."
                    )
                )
            if not self._is_staff():
                for job in self:
                    if job.state != "received":
                        raise UserError(
                            self.env._(
                                "%s is being printed: it can no longer be changed.",
                                job.name,
                            )
                        )
        res = super().write(vals)
        if "agency_id" in vals or "requester_id" in vals:
            self._check_agency()
        return res

    def _is_staff(self):
        return self.env.user.has_group("affairs_meeting.group_print_staff")

    def _check_agency(self):
        user = self.env.user
        if self.env.su or self._is_staff():
            return
        for job in self:
            if job.agency_id not in user.affairs_agency_ids:
                raise UserError(
                    self.env._("%s must belong to your own agency.", job.display_name)
                )

    def _move(self, from_states, to_state, extra=None):
        if not (self.env.su or self._is_staff()):
            raise AccessError(
                self.env._("Only the printing centre staff process print jobs.")
            )
        cleared = self.env.su or self.env.user.has_group(
            "affairs_meeting.group_print_cleared"
        )
        labels = dict(self._fields["state"]._description_selection(self.env))
        for job in self:
            if job.is_confidential and not cleared:
                raise AccessError(
                    self.env._(
                        "%s is confidential: only cleared staff handle it.", job.name
                    )
                )
            if job.state not in from_states:
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s.",
                        name=job.name,
                        state=labels[job.state],
                    )
                )
        vals = {"state": to_state, **(extra or {})}
        with affairs_mechanism():
            self.write(vals)
        return True

    def action_print(self):
        return self._move(("received",), "printing", {"printed_by_id": self.env.uid})

    def action_ready(self):
        return self._move(("printing",), "ready", {"ready_date": fields.Datetime.now()})

    def action_collect(self):
        return self._move(
            ("ready",), "collected", {"collected_date": fields.Datetime.now()}
        )

    def action_cancel(self):
        if not self._is_staff():
            for job in self:
                if job.requester_user_id != self.env.user:
                    raise AccessError(
                        self.env._("Only the requester cancels %s.", job.name)
                    )
                if job.state != "received":
                    raise UserError(
                        self.env._(
                            "%s is being printed: ask the printing centre.", job.name
                        )
                    )
            with affairs_mechanism():
                self.write({"state": "cancel"})
            return True
        return self._move(("received", "printing"), "cancel")
