# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsConstructionProject(models.Model):
    _inherit = "affairs.construction.project"

    tender_ids = fields.One2many(
        "affairs.procurement.project",
        inverse_name="construction_project_id",
        string="Tenders",
        readonly=True,
    )
    tender_count = fields.Integer(compute="_compute_tender_count")

    @api.depends("tender_ids")
    def _compute_tender_count(self):
        data = dict(
            self.env["affairs.procurement.project"]._read_group(
                [("construction_project_id", "in", self.ids)],
                ["construction_project_id"],
                ["__count"],
            )
        )
        for project in self:
            project.tender_count = data.get(project, 0)

    def action_create_tender(self):
        """The procurement executor opens the tender of the project's works."""
        self.ensure_one()
        if self.state not in ("approved", "construction"):
            raise UserError(
                self.env._(
                    "Record the approval of %(name)s before tendering its works.",
                    name=self.display_name,
                )
            )
        tender = self.env["affairs.procurement.project"].create(
            self._prepare_tender_vals()
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "affairs.procurement.project",
            "res_id": tender.id,
            "view_mode": "form",
        }

    def _prepare_tender_vals(self):
        self.ensure_one()
        # The approved construction budget; the executor narrows it to the
        # lot tendered while the tender is a draft.
        budget = self.budget_amount
        Project = self.env["affairs.procurement.project"]
        return {
            "title": self.name,
            "agency_id": self.agency_id.id,
            "kind": "works",
            "budget_amount": budget,
            "company_id": self.company_id.id,
            "construction_project_id": self.id,
            "method": Project._suggest_method(
                "works", budget, self.agency_id, company=self.company_id
            ),
        }

    def action_view_tenders(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Tenders"),
            "res_model": "affairs.procurement.project",
            "view_mode": "list,form",
            "domain": [("construction_project_id", "=", self.id)],
            "context": {"create": False},
        }
