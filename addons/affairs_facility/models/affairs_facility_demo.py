# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

# Defects found per month and item (cycled) for the demo inspections.
DEFECTS = [0, 1, 0, 2, 1, 0, 3, 0, 1, 0, 2, 0]


class MaintenanceEquipment(models.Model):
    """Demo data generator: a year of maintenance and of monthly scores."""

    _inherit = "maintenance.equipment"

    @api.model
    def _affairs_demo_load(
        self,
        plan_xmlids,
        repair_xmlids,
        contract_xmlids,
        survey_xmlid,
        respondent_xmlids,
    ):
        self = self._affairs_in_user_lang()
        today = fields.Date.context_today(self)
        self._affairs_demo_preventive_year(plan_xmlids, today)
        self._affairs_demo_repairs(repair_xmlids, today)
        self._affairs_demo_survey_round(survey_xmlid, respondent_xmlids)
        self._affairs_demo_inspections(contract_xmlids, today)
        return True

    @api.model
    def _affairs_demo_done_stage(self):
        return self.env["maintenance.stage"].search([("done", "=", True)], limit=1)

    @api.model
    def _affairs_demo_preventive_year(self, plan_xmlids, today):
        """The past year of each time plan, done; then the coming month."""
        plans = self.env["affairs.maintenance.plan"].browse(
            [self.env.ref(xmlid).id for xmlid in plan_xmlids]
        )
        done = self._affairs_demo_done_stage()
        vals_list = []
        for plan in plans.filtered(lambda p: p.trigger == "time"):
            day = plan.start_date
            while day < today:
                vals = plan._prepare_request_vals(day)
                start = datetime.combine(day, time(9, 0))
                vals.update(
                    stage_id=done.id,
                    affairs_reported_at=start,
                    affairs_labour_hours=plan.duration or 2.0,
                    affairs_labour_rate=80.0,
                    affairs_parts_cost=50.0 * (day.month % 4),
                    affairs_check_line_ids=[
                        fields.Command.create(
                            {
                                "name": item.name,
                                "sequence": item.sequence,
                                "result": "ok",
                            }
                        )
                        for item in plan.kind_id.checklist_item_ids
                    ],
                )
                vals_list.append(vals)
                day += plan._delta()
        requests = (
            self.env["maintenance.request"]
            .with_context(affairs_batch_followers=True)
            .create(vals_list)
        )
        for request in requests:
            request.affairs_repaired_at = datetime.combine(
                request.request_date, time(9, 0)
            ) + timedelta(hours=request.duration or 2.0)
        plans._affairs_generate()

    @api.model
    def _affairs_demo_repairs(self, repair_xmlids, today):
        """Corrective repairs spread over the year, each closed in hours."""
        done = self._affairs_demo_done_stage()
        vals_list = []
        for index, (xmlid, title) in enumerate(repair_xmlids):
            equipment = self.env.ref(xmlid)
            for month in range(1, 12, 3 + index % 3):
                reported = datetime.combine(
                    today - relativedelta(months=month, days=index), time(10, 0)
                )
                vals_list.append(
                    {
                        "name": title,
                        "maintenance_type": "corrective",
                        "equipment_id": equipment.id,
                        "request_date": reported.date(),
                        "affairs_reported_at": reported,
                        "stage_id": done.id,
                        "affairs_parts_cost": 120.0 + 40 * index,
                        "affairs_labour_hours": 1.5 + index % 3,
                        "affairs_labour_rate": 80.0,
                        "user_id": equipment.technician_user_id.id,
                    }
                )
        requests = self.env["maintenance.request"].create(vals_list)
        for index, request in enumerate(requests):
            request.affairs_repaired_at = request.affairs_reported_at + timedelta(
                hours=2 + index % 7
            )

    @api.model
    def _affairs_demo_survey_round(self, survey_xmlid, respondent_xmlids):
        """One round of the satisfaction survey, answered by agency staff."""
        survey = self.env.ref(survey_xmlid)
        question = survey.question_ids[:1]
        answers = question.suggested_answer_ids.sorted("answer_score", reverse=True)
        for index, xmlid in enumerate(respondent_xmlids):
            partner = self.env.ref(xmlid).work_contact_id
            user_input = survey._create_answer(partner=partner, check_attempts=False)
            user_input._save_lines(question, answers[min(index % 3, len(answers) - 1)])
            user_input._mark_done()

    @api.model
    def _affairs_demo_inspections(self, contract_xmlids, today):
        """Twelve months of inspections per contract: the older ones scored,
        approved and billed; the current month left in draft."""
        this_month = today.replace(day=1)
        Inspection = self.env["affairs.service.inspection"]
        officer = self.env.ref("affairs_base.user_officer")
        manager = self.env.ref("affairs_base.user_manager")
        # Bills need a purchase journal (a chart of accounts).
        can_bill = bool(
            self.env["account.journal"].search_count(
                [("type", "=", "purchase"), ("company_id", "=", self.env.company.id)]
            )
        )
        for contract_index, xmlid in enumerate(contract_xmlids):
            contract = self.env.ref(xmlid)
            for step in range(12, -1, -1):
                period = this_month - relativedelta(months=step)
                if period < contract.date_start.replace(day=1):
                    continue
                inspection = Inspection.with_user(officer).create(
                    {"contract_id": contract.id, "period": period}
                )
                for line_index, line in enumerate(inspection.line_ids):
                    defects = DEFECTS[(step + line_index + contract_index) % 12]
                    if defects:
                        line.defect_count = defects
                if step == 0:
                    continue
                inspection.with_user(officer).action_submit()
                inspection.with_user(manager).action_approve()
                if step > 1 and can_bill:
                    inspection.with_user(officer).action_affairs_create_bill()
