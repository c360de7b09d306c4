# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.affairs_procurement.models.affairs_procurement_project import (
    AffairsProcurementProject as ProcurementProject,
)


class AffairsProcurementProject(models.Model):
    """A construction project's tender: its award becomes the construction
    contract (no purchase order: the works are paid by certified progress
    on the contract), signed with the procurement contract."""

    _inherit = "affairs.procurement.project"
    # The contract comes from the award, never by editing.
    _affairs_workflow_fields = (
        *ProcurementProject._affairs_workflow_fields,
        "construction_contract_id",
    )

    construction_project_id = fields.Many2one(
        "affairs.construction.project",
        string="Construction Project",
        index="btree_not_null",
        copy=False,
        check_company=True,
        tracking=True,
    )
    construction_contract_id = fields.Many2one(
        "affairs.construction.contract",
        string="Construction Contract",
        readonly=True,
        copy=False,
    )

    @api.constrains("construction_project_id", "agency_id", "kind")
    def _check_construction_project(self):
        for project in self.filtered("construction_project_id"):
            if project.construction_project_id.agency_id != project.agency_id:
                raise ValidationError(
                    self.env._(
                        "The tender of %(name)s is run for the construction "
                        "project's agency.",
                        name=project.construction_project_id.display_name,
                    )
                )

    def _create_order(self):
        """The award of a construction tender becomes the construction
        contract instead of a purchase order."""
        self = self._affairs_in_user_lang()
        if not self.construction_project_id:
            return super()._create_order()
        # sudo: the award creates the contract of the construction project;
        # executors have no right on construction contracts by themselves.
        contract = (
            self.env["affairs.construction.contract"]
            .sudo()
            .create(self._prepare_construction_contract_vals())
        )
        self._affairs_transition_write({"construction_contract_id": contract.id})
        # sudo: the executor may not write the construction project it posts on.
        self.construction_project_id.sudo().message_post(
            body=self.env._(
                "Tender %(tender)s awarded: contract %(contract)s.",
                tender=self.display_name,
                contract=contract.display_name,
            )
        )
        return contract

    def _prepare_construction_contract_vals(self):
        self.ensure_one()
        return {
            "name": self.name,
            "project_id": self.construction_project_id.id,
            "contract_type": "construction",
            "partner_id": self.winning_bid_id.partner_id.id,
            "amount": self.winning_bid_id.price,
            "procurement_project_id": self.id,
        }

    def _confirm_order(self):
        """Signing the procurement contract puts the construction one in force."""
        super()._confirm_order()
        # sudo: see _create_order.
        contract = self.construction_contract_id.sudo()
        if contract.state == "draft":
            contract.signed_date = self.date_contract
            if contract.project_id.state in ("approved", "construction"):
                contract.action_activate()
