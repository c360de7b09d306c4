# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class AffairsServiceHandover(models.Model):
    """The recorded hand-over of a service request to another handler.

    First responsibility means a request changes hands only this way: the
    record says who gave it, to whom, when and why.
    """

    _name = "affairs.service.handover"
    _description = "Service Request Hand-over"
    _order = "date desc, id desc"

    request_id = fields.Many2one(
        "affairs.service.request", required=True, ondelete="cascade", index=True
    )
    from_user_id = fields.Many2one(
        "res.users", string="From", readonly=True, default=lambda self: self.env.user
    )
    to_user_id = fields.Many2one(
        "res.users",
        string="To",
        required=True,
        domain=[("share", "=", False)],
    )
    reason = fields.Text(required=True)
    date = fields.Datetime(readonly=True, default=fields.Datetime.now)
    company_id = fields.Many2one(related="request_id.company_id", store=True)

    @api.model_create_multi
    def create(self, vals_list):
        self.check_access("create")
        Request = self.env["affairs.service.request"]
        for vals in vals_list:
            request = Request.browse(vals.get("request_id"))
            self._check_handover(
                request, self.env["res.users"].browse(vals.get("to_user_id"))
            )
            vals["from_user_id"] = request.handler_id.id
        handovers = super().create(vals_list)
        for handover in handovers:
            handover._apply()
        return handovers

    @api.model
    def _check_handover(self, request, to_user):
        if request.state != "in_progress":
            raise UserError(
                self.env._("Only a request in progress can be handed over.")
            )
        is_manager = self.env.user.has_group("affairs_base.group_affairs_manager")
        if request.handler_id != self.env.user and not is_manager:
            raise UserError(
                self.env._(
                    "Only %(handler)s, who owns %(name)s, or a manager can hand it over.",
                    handler=request.handler_id.name,
                    name=request.name,
                )
            )
        if to_user == request.handler_id:
            raise UserError(self.env._("The request already belongs to this handler."))
        if not to_user.has_group("affairs_base.group_affairs_officer"):
            raise UserError(
                self.env._(
                    "%(user)s is not bureau staff and cannot handle service requests.",
                    user=to_user.name,
                )
            )

    def _apply(self):
        self.ensure_one()
        request = self.request_id
        request._affairs_transition_write({"handler_id": self.to_user_id.id})
        request.message_post(
            body=self.env._(
                "Handed over from %(from)s to %(to)s: %(reason)s",
                **{"from": self.from_user_id.name, "to": self.to_user_id.name},
                reason=self.reason,
            )
        )
        request.activity_schedule(
            "mail.mail_activity_data_todo",
            user_id=self.to_user_id.id,
            summary=self.env._("Handed over to you: %s", request.name),
        )
