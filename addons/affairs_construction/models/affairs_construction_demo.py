# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class AffairsConstructionProject(models.Model):
    _inherit = "affairs.construction.project"

    def _affairs_demo_advance(self, stage):
        """Move demo projects through their life as the demo users would.

        ``stage`` is ``"construction"`` (contracts in force, progress
        certified, payments approved, small changes approved and large ones
        left waiting for the review group) or ``"closed"`` (also accepted,
        settled and closed with the final account of the demo data).
        Demo data is loaded as superuser, who may not approve what it
        submitted: the demo officer submits and the demo manager approves.
        """
        self = self._affairs_in_user_lang()
        officer = self.env.ref("affairs_base.user_officer")
        manager = self.env.ref("affairs_base.user_manager")
        for project in self:
            project.with_user(officer).action_approve()
            project.with_user(officer).action_start()
            project.contract_ids.with_user(officer).action_activate()
            project.progress_ids.with_user(officer).action_certify()
            for change in project.change_ids.sorted("id"):
                change.with_user(officer).action_submit()
                if stage == "closed" or change.amount_ratio <= 5:
                    change.with_user(manager).action_approve()
            for payment in project.payment_ids.sorted("id"):
                payment.with_user(officer).action_submit()
                payment.with_user(manager).action_approve()
            if stage == "closed":
                project.with_user(officer).action_accept()
                project.contract_ids.with_user(officer).action_settle()
                project.with_user(officer).action_close()
