# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import UserError

# Projects that create a building of their own; the others renovate one.
BUILDING_TYPES = ("new_build", "extension")


class AffairsConstructionProject(models.Model):
    _inherit = "affairs.construction.project"

    building_id = fields.Many2one(
        "affairs.building",
        string="Building",
        check_company=True,
        help="Building the project renovates, or the one its handover registers.",
    )
    asset_category_id = fields.Many2one(
        "affairs.asset.category",
        string="Asset Class at Handover",
        default=lambda self: self.env.ref(
            "affairs_property.asset_category_a01_2", raise_if_not_found=False
        ),
    )
    asset_ids = fields.One2many(
        "affairs.asset", "construction_project_id", string="Handed-over Assets"
    )
    handover_date = fields.Date(readonly=True, copy=False)

    def action_handover(self):
        """Register what a closed project delivers in the property register:
        its building (new builds and extensions) and an asset card valued at
        the audited final amount."""
        self = self._affairs_in_user_lang()
        for project in self:
            if project.state != "closed":
                raise UserError(
                    self.env._(
                        "Close the final account of %(name)s before handing it over.",
                        name=project.display_name,
                    )
                )
            if project.asset_ids:
                raise UserError(
                    self.env._(
                        "%(name)s is already handed over.", name=project.display_name
                    )
                )
            if not project.asset_category_id:
                raise UserError(self.env._("Choose the asset class of the handover."))
            if not project.building_id and project.project_type in BUILDING_TYPES:
                project.building_id = self.env["affairs.building"].create(
                    project._prepare_building_vals()
                )
            self.env["affairs.asset"].create(project._prepare_handover_asset_vals())
            project.handover_date = fields.Date.context_today(self)
            project.message_post(
                body=self.env._("Handed over to the property register.")
            )
        return True

    def _prepare_building_vals(self):
        self.ensure_one()
        return {
            "name": self.site or self.name,
            "company_id": self.company_id.id,
            "year_built": (
                self.acceptance_date or fields.Date.context_today(self)
            ).year,
        }

    def _prepare_handover_asset_vals(self):
        self.ensure_one()
        fiscal = all(f.source in ("fiscal", "bond") for f in self.funding_ids)
        return {
            "name": self.name,
            "category_id": self.asset_category_id.id,
            "model_spec": self.building_id.name or self.site,
            "agency_id": self.agency_id.id,
            "acquisition_date": self.acceptance_date or self.final_audit_date,
            "acquisition_value": self.final_amount,
            "acquisition_method": "construction",
            "funding_source": "fiscal" if fiscal else "non_fiscal",
            "company_id": self.company_id.id,
            "construction_project_id": self.id,
            "note": self.env._(
                "Final account of %(code)s audited on %(date)s.",
                code=self.code,
                date=self.final_audit_date,
            ),
        }
