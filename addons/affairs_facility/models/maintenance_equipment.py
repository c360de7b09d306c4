# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

SPECIAL_TYPES = [
    ("lift", "Lift"),
    ("boiler", "Boiler"),
    ("pressure_vessel", "Pressure Vessel"),
    ("pressure_piping", "Pressure Piping"),
    ("other", "Other Special Equipment"),
]


class MaintenanceEquipment(models.Model):
    _inherit = "maintenance.equipment"

    # Register (统一设备建档)
    affairs_agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        index=True,
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
        help="The agency using the equipment (empty: the compound's shared plant).",
    )
    affairs_code = fields.Char(string="Asset Tag", index=True, copy=False)
    affairs_building = fields.Char(string="Building", index=True)
    affairs_floor = fields.Char(string="Floor")
    affairs_room = fields.Char(string="Room")
    affairs_use_state = fields.Selection(
        [("in_use", "In Use"), ("stopped", "Stopped")],
        string="Use",
        default="in_use",
        required=True,
        tracking=True,
    )
    # Special equipment (特种设备) and certificates
    affairs_is_special = fields.Boolean(
        string="Special Equipment",
        tracking=True,
        help="Equipment under statutory periodic inspection (lifts, boilers, "
        "pressure vessels): it may not be used once its inspection or a "
        "certificate has lapsed.",
    )
    affairs_special_type = fields.Selection(SPECIAL_TYPES, string="Special Type")
    affairs_certificate_ids = fields.One2many(
        "affairs.equipment.certificate", "equipment_id", string="Certificates"
    )
    affairs_next_inspection_date = fields.Date(
        string="Next Inspection",
        compute="_compute_affairs_certificate_dates",
        store=True,
        index=True,
        help="Expiry of the latest periodic inspection certificate.",
    )
    affairs_certificate_expiry_date = fields.Date(
        string="Certificates Valid Until",
        compute="_compute_affairs_certificate_dates",
        store=True,
        index=True,
        help="The earliest expiry among the certificates in force (the latest "
        "of each kind).",
    )
    affairs_is_lapsed = fields.Boolean(
        string="Lapsed",
        compute="_compute_affairs_is_lapsed",
        search="_search_affairs_is_lapsed",
    )
    # Counter for plans by meter
    affairs_meter_unit = fields.Selection(
        [("hours", "Running Hours"), ("cycles", "Cycles")], string="Counter Unit"
    )
    affairs_reading_ids = fields.One2many(
        "affairs.equipment.reading", "equipment_id", string="Readings"
    )
    affairs_meter_value = fields.Float(
        string="Counter",
        compute="_compute_affairs_meter_value",
        store=True,
        help="Highest reading of the counter.",
    )
    affairs_plan_ids = fields.One2many(
        "affairs.maintenance.plan", "equipment_id", string="Maintenance Plans"
    )
    # Reliability (stored, from the closed repairs)
    affairs_failure_count = fields.Integer(
        string="Failures", compute="_compute_affairs_reliability", store=True
    )
    affairs_downtime_hours = fields.Float(
        string="Downtime (h)", compute="_compute_affairs_reliability", store=True
    )
    affairs_operating_hours = fields.Float(
        string="Operating Time (h)", compute="_compute_affairs_reliability", store=True
    )
    affairs_mtbf_hours = fields.Float(
        string="MTBF (h)",
        compute="_compute_affairs_reliability",
        store=True,
        aggregator="avg",
        help="Mean time between failures: operating time from the effective "
        "date to the latest failure, less downtime, per failure.",
    )
    affairs_mttr_hours = fields.Float(
        string="MTTR (h)",
        compute="_compute_affairs_reliability",
        store=True,
        aggregator="avg",
        help="Mean time to repair: hours from the report to the repair, per failure.",
    )
    affairs_maintenance_cost = fields.Float(
        string="Maintenance Cost", compute="_compute_affairs_maintenance_cost"
    )

    _affairs_code_company_uniq = models.UniqueIndex(
        "(affairs_code, company_id) WHERE affairs_code IS NOT NULL",
        "The asset tag of an equipment item must be unique.",
    )

    @api.depends("affairs_certificate_ids.expiry_date", "affairs_certificate_ids.kind")
    def _compute_affairs_certificate_dates(self):
        for equipment in self:
            latest = {}
            for certificate in equipment.affairs_certificate_ids:
                expiry = certificate.expiry_date
                if expiry and expiry > latest.get(certificate.kind, expiry.min):
                    latest[certificate.kind] = expiry
            equipment.affairs_next_inspection_date = latest.get("inspection", False)
            equipment.affairs_certificate_expiry_date = min(
                latest.values(), default=False
            )

    @api.depends(
        "affairs_is_special",
        "affairs_next_inspection_date",
        "affairs_certificate_expiry_date",
    )
    def _compute_affairs_is_lapsed(self):
        today = fields.Date.context_today(self)
        for equipment in self:
            equipment.affairs_is_lapsed = equipment._affairs_lapsed_on(today)

    def _search_affairs_is_lapsed(self, operator, value):
        if operator != "in":
            return NotImplemented
        today = fields.Date.context_today(self)
        lapsed = [
            ("affairs_is_special", "=", True),
            "|",
            "|",
            ("affairs_next_inspection_date", "=", False),
            ("affairs_next_inspection_date", "<", today),
            ("affairs_certificate_expiry_date", "<", today),
        ]
        if True in value:
            return lapsed
        return ["!", *lapsed]

    @api.depends("affairs_reading_ids.value")
    def _compute_affairs_meter_value(self):
        values = {}
        if self.ids:
            values = dict(
                self.env["affairs.equipment.reading"]._read_group(
                    [("equipment_id", "in", self.ids)],
                    ["equipment_id"],
                    ["value:max"],
                )
            )
        for equipment in self:
            equipment.affairs_meter_value = values.get(equipment, 0.0)

    @api.depends(
        "effective_date",
        "maintenance_ids.maintenance_type",
        "maintenance_ids.affairs_repair_hours",
        "maintenance_ids.affairs_reported_at",
    )
    def _compute_affairs_reliability(self):
        groups = {}
        if self.ids:
            for equipment, count, downtime, last in self.env[
                "maintenance.request"
            ]._read_group(
                [
                    ("equipment_id", "in", self.ids),
                    ("maintenance_type", "=", "corrective"),
                    ("affairs_repaired_at", "!=", False),
                ],
                ["equipment_id"],
                ["__count", "affairs_repair_hours:sum", "affairs_reported_at:max"],
            ):
                groups[equipment.id] = (count, downtime, last)
        for equipment in self:
            count, downtime, last = groups.get(equipment.id, (0, 0.0, False))
            operating = 0.0
            if count and equipment.effective_date:
                start = datetime.combine(equipment.effective_date, time.min)
                span = (last - start).total_seconds() / 3600.0
                operating = max(span - downtime, 0.0)
            equipment.affairs_failure_count = count
            equipment.affairs_downtime_hours = downtime
            equipment.affairs_operating_hours = operating
            equipment.affairs_mtbf_hours = operating / count if count else 0.0
            equipment.affairs_mttr_hours = downtime / count if count else 0.0

    def _compute_affairs_maintenance_cost(self):
        costs = dict(
            self.env["maintenance.request"]._read_group(
                [("equipment_id", "in", self.ids)],
                ["equipment_id"],
                ["affairs_total_cost:sum"],
            )
        )
        for equipment in self:
            equipment.affairs_maintenance_cost = costs.get(equipment, 0.0)

    def write(self, vals):
        # Putting equipment (back) into use is refused while it has lapsed,
        # whoever writes it; a new item is registered before its certificates.
        if vals.get("affairs_use_state") == "in_use":
            self.filtered(
                lambda e: e.affairs_use_state != "in_use"
            )._affairs_check_usable()
        return super().write(vals)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_affairs_stop(self):
        """Take the equipment out of use (lapsed inspection, breakdown)."""
        self.write({"affairs_use_state": "stopped"})
        return True

    def action_affairs_resume(self):
        """Put the equipment back into use: refused while it has lapsed."""
        self.write({"affairs_use_state": "in_use"})
        return True

    def action_affairs_open_certificates(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Certificates"),
            "res_model": "affairs.equipment.certificate",
            "view_mode": "list,form",
            "domain": [("equipment_id", "=", self.id)],
            "context": {"default_equipment_id": self.id},
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _affairs_lapsed_on(self, day):
        """Special equipment whose inspection or a certificate has lapsed."""
        self.ensure_one()
        if not self.affairs_is_special:
            return False
        inspection = self.affairs_next_inspection_date
        expiry = self.affairs_certificate_expiry_date
        return not inspection or inspection < day or bool(expiry and expiry < day)

    def _affairs_check_usable(self, error=UserError):
        """Refuse the use of lapsed special equipment, with the reason."""
        today = fields.Date.context_today(self)
        for equipment in self:
            if not equipment._affairs_lapsed_on(today):
                continue
            if not equipment.affairs_next_inspection_date:
                reason = self.env._("it has no periodic inspection certificate")
            else:
                reason = self.env._(
                    "its inspection or a certificate expired on %(date)s",
                    date=min(
                        d
                        for d in (
                            equipment.affairs_next_inspection_date,
                            equipment.affairs_certificate_expiry_date,
                        )
                        if d
                    ),
                )
            raise error(
                self.env._(
                    "%(name)s is special equipment and may not be used: %(reason)s. "
                    "Have it inspected and record the new certificate first.",
                    name=equipment.display_name,
                    reason=reason,
                )
            )

    @api.model
    def _cron_affairs_certificates(self):
        """Remind before certificates lapse; stop lapsed special equipment.

        Idempotent: one reminder per equipment and expiry date.
        """
        # sudo: system parameters are the settings admins'; only the delay is read.
        days = int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("affairs_facility.certificate_reminder_days", 30)
        )
        today = fields.Date.context_today(self)
        self.search(
            [("affairs_is_lapsed", "=", True), ("affairs_use_state", "=", "in_use")]
        ).write({"affairs_use_state": "stopped"})
        expiring = self.search(
            [
                ("affairs_is_special", "=", True),
                ("affairs_certificate_expiry_date", ">=", today),
                (
                    "affairs_certificate_expiry_date",
                    "<=",
                    today + timedelta(days=days),
                ),
            ]
        )
        activity_type = self.env.ref("mail.mail_activity_data_warning")
        for equipment in expiring:
            deadline = min(
                d
                for d in (
                    equipment.affairs_next_inspection_date,
                    equipment.affairs_certificate_expiry_date,
                )
                if d
            )
            if equipment.activity_ids.filtered(
                lambda a, d=deadline: (
                    a.activity_type_id == activity_type and a.date_deadline == d
                )
            ):
                continue
            user = (
                equipment.technician_user_id
                or equipment.maintenance_team_id.member_ids[:1]
                or equipment.owner_user_id
            )
            equipment.activity_schedule(
                activity_type_id=activity_type.id,
                date_deadline=deadline,
                user_id=user.id or self.env.uid,
                summary=self.env._("Inspection or certificate lapses on %s", deadline),
            )

    def _affairs_recount_requests(self):
        """Recount the stored request counts of these equipment items in one
        UPDATE (maintenance's ``_compute_maintenance_count`` in SQL), after
        requests were inserted without the ORM (mass generation)."""
        if not self:
            return
        self.env.cr.execute(
            SQL(
                """UPDATE maintenance_equipment AS equipment
                      SET maintenance_count = counts.total,
                          maintenance_open_count = counts.open
                     FROM (SELECT request.equipment_id,
                                  count(*) AS total,
                                  count(*) FILTER (
                                      WHERE NOT coalesce(stage.done, false)
                                        AND NOT coalesce(request.archive, false)
                                  ) AS open
                             FROM maintenance_request AS request
                        LEFT JOIN maintenance_stage AS stage
                               ON stage.id = request.stage_id
                            WHERE request.equipment_id = ANY(%s)
                         GROUP BY request.equipment_id) AS counts
                    WHERE equipment.id = counts.equipment_id""",
                self.ids,
            )
        )
        self.invalidate_recordset(["maintenance_count", "maintenance_open_count"])
