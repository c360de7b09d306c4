# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .affairs_vehicle_standard import VEHICLE_CATEGORIES


class AffairsVehicleQuota(models.Model):
    """Vehicle quota (编制) of an agency for one category.

    ``actual_count`` counts the agency's registered, active vehicles of the
    category; it is refreshed by the vehicles themselves, under a row lock
    on the quota so that two registrations at once cannot both take the
    last free place.
    """

    _name = "affairs.vehicle.quota"
    _inherit = ["mail.thread"]
    _description = "Official Vehicle Quota"
    _order = "agency_id, category"
    _rec_names_search = ["agency_id"]
    _check_company_auto = True

    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        required=True,
        index=True,
        domain=[("is_affairs_agency", "=", True)],
        tracking=True,
        check_company=True,
    )
    category = fields.Selection(VEHICLE_CATEGORIES, required=True, tracking=True)
    quota = fields.Integer(string="Quota", required=True, tracking=True)
    actual_count = fields.Integer(
        string="Vehicles", readonly=True, copy=False, default=0, aggregator="sum"
    )
    free_count = fields.Integer(
        string="Free Places", compute="_compute_free_count", store=True
    )
    utilisation = fields.Float(
        string="Utilisation (%)",
        compute="_compute_free_count",
        store=True,
        aggregator="avg",
    )
    approval_ref = fields.Char(string="Approval Document", help="编制批复文号")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    _agency_category_uniq = models.UniqueIndex(
        "(agency_id, category)", "An agency has one quota per vehicle category."
    )
    _quota_positive = models.Constraint(
        "CHECK(quota >= 0)", "A vehicle quota cannot be negative."
    )

    @api.depends("quota", "actual_count")
    def _compute_free_count(self):
        for quota in self:
            quota.free_count = quota.quota - quota.actual_count
            quota.utilisation = (
                100.0 * quota.actual_count / quota.quota if quota.quota else 0.0
            )

    @api.depends("agency_id", "category")
    def _compute_display_name(self):
        labels = dict(self._fields["category"]._description_selection(self.env))
        for quota in self:
            quota.display_name = "%s / %s" % (
                quota.agency_id.name or "",
                labels.get(quota.category, ""),
            )

    @api.constrains("quota")
    def _check_quota_covers_vehicles(self):
        self._affairs_refresh_counts()
        for quota in self:
            if quota.actual_count > quota.quota:
                raise ValidationError(
                    self.env._(
                        "%(quota)s: the agency already has %(count)s vehicles, "
                        "the quota cannot be lowered to %(new)s.",
                        quota=quota.display_name,
                        count=quota.actual_count,
                        new=quota.quota,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        quotas = super().create(vals_list)
        quotas._affairs_refresh_counts()
        return quotas

    def _affairs_refresh_counts(self):
        """Recount the registered vehicles of each quota (one query)."""
        if not self:
            return
        # sudo: the count covers all the agency's vehicles, whoever registers the car.
        data = (
            self.env["fleet.vehicle"]
            .sudo()
            ._read_group(
                [
                    ("affairs_agency_id", "in", self.agency_id.ids),
                    ("affairs_state", "=", "registered"),
                ],
                ["affairs_agency_id", "affairs_vehicle_category"],
                ["__count"],
            )
        )
        counts = {(agency.id, category): count for agency, category, count in data}
        for quota in self:
            count = counts.get((quota.agency_id.id, quota.category), 0)
            if quota.actual_count != count:
                # sudo: the count is derived data, whoever registers the car.
                quota.sudo().actual_count = count

    @api.model
    def _affairs_lock(self, keys):
        """Lock and return the quotas of ``keys`` [(agency_id, category)]."""
        agency_ids = list({agency_id for agency_id, _category in keys})
        # sudo: quotas are the bureau's; registering a vehicle must read them.
        quotas = self.sudo().search([("agency_id", "in", agency_ids)])
        quotas = quotas.filtered(
            lambda quota: (quota.agency_id.id, quota.category) in keys
        )
        return quotas._affairs_lock_rows()
