# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from .affairs_approval_mixin import in_affairs_mechanism
from .affairs_input import check_input


class AffairsApprovalLineMixin(models.AbstractModel):
    """Lines of a document on the approval mechanism lock with it.

    A line model (plan lines, room lines, inventory lines, meals, ...) names
    the Many2one to its document in ``_affairs_parent_field``. While the
    document is a draft its lines are edited freely (the document's access
    rights and record rules decide who may); once it is submitted, lines are
    neither created nor deleted, and only the fields the line model lists in
    ``_affairs_line_desk_fields`` (what the desk records while it executes:
    counted quantities, actual costs) still move, for the desk only; once the
    document is closed nothing moves. The approval mechanism itself
    (``_affairs_transition_write``, the actions that open its door) and the
    superuser are not bound by this.
    """

    _name = "affairs.approval.line.mixin"
    _description = "Agency Affairs Approval Line"

    # Many2one from the line to its document (an affairs.approval.mixin model).
    _affairs_parent_field = None
    # Fields the desk still fills in once the document is under way.
    _affairs_line_desk_fields = ()
    # Number fields of the line that may hold negative values.
    _affairs_signed_fields = ()

    # For the views (and RPC clients): the lines no longer move.
    affairs_line_locked = fields.Boolean(
        string="Locked", compute="_compute_affairs_line_locked"
    )

    def _compute_affairs_line_locked(self):
        for line in self:
            document = line[line._affairs_parent_field]
            line.affairs_line_locked = bool(
                document and document.state not in document._affairs_draft_states
            )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            check_input(self, vals_list)
        door_open = self._affairs_line_door_open()
        if not door_open:
            # Before the lines exist, then once their related parents are known.
            self._affairs_line_documents_in(vals_list)._affairs_line_check_draft(
                self._description
            )
        lines = super().create(vals_list)
        if not door_open:
            lines._affairs_line_parents()._affairs_line_check_draft(self._description)
        return lines

    def write(self, vals):
        if not self.env.su:
            check_input(self, [vals])
        if self._affairs_line_door_open():
            return super().write(vals)
        parent_field = self._affairs_parent_field
        if parent_field in vals:
            # Moving a line takes it out of one document and into another.
            documents = self._affairs_line_parents()
            documents |= self._affairs_line_documents_in([vals])
            documents._affairs_line_check_draft(self._description)
        else:
            self._affairs_line_check_write(vals)
        res = super().write(vals)
        if parent_field in vals:
            self._affairs_line_parents()._affairs_line_check_draft(self._description)
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_document_submitted(self):
        if not self._affairs_line_door_open():
            self._affairs_line_parents()._affairs_line_check_draft(self._description)

    # ------------------------------------------------------------------
    # The guard
    # ------------------------------------------------------------------
    def _affairs_line_door_open(self):
        return self.env.su or in_affairs_mechanism()

    def _affairs_line_parents(self):
        return self[self._affairs_parent_field]

    @api.model
    def _affairs_line_documents_in(self, vals_list):
        """The documents named in values to create or write."""
        field = self._fields[self._affairs_parent_field]
        ids = [
            vals[field.name]
            for vals in vals_list
            if type(vals.get(field.name)) is int and vals[field.name] > 0
        ]
        return self.env[field.comodel_name].browse(ids).exists()

    def _affairs_line_check_write(self, vals):
        guarded = set(vals) - {"display_name"}
        if not guarded:
            return
        desk = self._affairs_line_desk_field_names()
        for document in self._affairs_line_parents():
            error = document._affairs_lock_error(guarded, desk, lines=self)
            if error:
                raise error

    def _affairs_line_desk_field_names(self):
        """The line's fields the desk fills in once the document is under way."""
        return set(self._affairs_line_desk_fields)

    def _affairs_field_labels(self, names):
        return ", ".join(
            sorted(self._fields[name]._description_string(self.env) for name in names)
        )
