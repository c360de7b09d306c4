# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""No overlap of a resource over a time range (one helper for the suite).

A room, a vehicle or a driver is never held twice for overlapping times. The
invariant is PostgreSQL's (an exclusion constraint over ``tsrange``, which
needs ``btree_gist`` to compare the resource ids with ``=``), so two users
confirming at the same moment cannot both succeed; a Python pre-check words
the refusal with the clashing document before the database has to.

Declare it on the model and call the check in the transition that makes a
record hold its resource::

    class AffairsMeetingBooking(models.Model):
        _inherit = ["affairs.no.overlap.mixin", ...]

        _room_no_overlap = NoOverlap(
            "room_id", "buffer_start", "buffer_end",
            holding={"state": ("submitted", "approved", "in_use")},
            message="This room is already booked for an overlapping time.",
        )

        def action_confirm(self):
            self._affairs_check_no_overlap()
            ...
"""

import re

from odoo import models
from odoo.exceptions import ValidationError
from odoo.tools import SQL, format_datetime

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_LITERAL = re.compile(r"^[A-Za-z0-9_]+$")


class NoOverlap(models.Constraint):
    """Exclusion constraint: ``resource`` never held twice over [start, end).

    ``holding`` says which records hold their resource: ``{field: values}``
    (a selection in a tuple of values) or ``{field: True}`` (a boolean).
    The same declaration drives the constraint's ``WHERE`` and the pre-check.
    """

    def __init__(self, resource, start, end, holding, message=""):
        for name in (resource, start, end, *holding):
            assert _IDENTIFIER.match(name), f"Not a column name: {name!r}"
        conditions = []
        for field, values in holding.items():
            if values is True:
                conditions.append(field)
            else:
                assert all(_LITERAL.match(value) for value in values), values
                quoted = ", ".join(f"'{value}'" for value in values)
                conditions.append(f"{field} IN ({quoted})")
        super().__init__(
            f"EXCLUDE USING gist ({resource} WITH =, tsrange({start}, {end}) WITH &&)"
            f" WHERE ({' AND '.join(conditions)})",
            message,
        )
        self.resource = resource
        self.start = start
        self.end = end
        self.holding = dict(holding)

    def apply_to_database(self, model):
        # Odoo adds the constraint later in the same transaction (post
        # constraints): the extension must exist by then.
        model.env.cr.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        return super().apply_to_database(model)

    def holds(self, record):
        """Whether ``record`` holds its resource (values as in memory)."""
        return all(
            bool(record[field]) if values is True else record[field] in values
            for field, values in self.holding.items()
        )


class AffairsNoOverlapMixin(models.AbstractModel):
    """Models whose resources are held over time ranges (``NoOverlap``)."""

    _name = "affairs.no.overlap.mixin"
    _description = "No Overlap of a Resource over Time"

    def _affairs_no_overlaps(self):
        return [
            constraint
            for constraint in self._table_objects.values()
            if isinstance(constraint, NoOverlap)
        ]

    def _affairs_check_no_overlap(self, flush=True):
        """Refuse, with the clashing document, a record of ``self`` that would
        hold its resource when another one holds it, or two of ``self`` that
        would hold it together. One query per declared constraint.

        The values of ``self`` are compared as they are in memory, and whether
        another record holds its resource too (a cancelled one does not).
        ``flush`` writes the pending changes first; pass ``flush=False`` from
        a ``@api.constrains`` of a record already holding its resource:
        flushing it would let the database refuse it before this message.
        """
        if not self:
            return
        for constraint in self._affairs_no_overlaps():
            if flush:
                self.flush_model(
                    [constraint.resource, constraint.start, constraint.end]
                    + list(constraint.holding)
                )
            self._affairs_check_held_elsewhere(constraint)
            self._affairs_check_batch_overlap(constraint)

    def _affairs_check_held_elsewhere(self, constraint):
        resource, start, end = constraint.resource, constraint.start, constraint.end
        candidates = self.filtered(
            lambda record: record[resource] and record[start] and record[end]
        )
        if not candidates:
            return
        values = SQL(", ").join(
            SQL(
                "(%s, %s, %s::timestamp, %s::timestamp)",
                record.id or 0,
                record[resource].id,
                record[start],
                record[end],
            )
            for record in candidates
        )
        # Whether the others hold their resource is read through the ORM: a
        # status changed in this transaction may not be in the table yet.
        query = SQL(
            """
            SELECT r.id, o.id
              FROM (VALUES %(values)s) AS r(id, resource, date_start, date_end)
              JOIN %(table)s o
                ON o.id != r.id
               AND %(o_resource)s = r.resource
               AND tsrange(%(o_start)s, %(o_end)s) && tsrange(r.date_start, r.date_end)
             ORDER BY r.id, o.id
            """,
            values=values,
            table=SQL.identifier(self._table),
            o_resource=SQL.identifier("o", resource),
            o_start=SQL.identifier("o", start),
            o_end=SQL.identifier("o", end),
        )
        rows = self.env.execute_query(query)
        # sudo: the clashing document may belong to another agency.
        others = self.sudo().browse({other_id for __, other_id in rows})
        holding = {other.id for other in others if constraint.holds(other)}
        by_id = {record.id or 0: record for record in candidates}
        for record_id, other_id in rows:
            record, other = by_id[record_id], others.browse(other_id)
            if (
                other_id in holding
                and other_id not in self.ids
                and other[resource] == record[resource]
                and other[start] < record[end]
                and other[end] > record[start]
            ):
                self._affairs_raise_overlap(constraint, record, other)

    def _affairs_check_batch_overlap(self, constraint):
        resource, start, end = constraint.resource, constraint.start, constraint.end
        last = {}
        for record in self.filtered(resource).sorted(start):
            key = record[resource].id
            previous = last.get(key)
            if previous and previous[end] > record[start]:
                self._affairs_raise_overlap(constraint, record, previous)
            last[key] = record

    def _affairs_raise_overlap(self, constraint, record, other):
        # sudo: the clashing document may belong to another agency; only its
        # reference and times are named, so that the user can choose another slot.
        other = other.sudo()
        field = self._fields[constraint.resource]
        raise ValidationError(
            self.env._(
                "%(label)s %(resource)s is already booked from %(start)s to "
                "%(end)s by %(other)s: %(record)s cannot have it at that time.",
                label=field._description_string(self.env),
                resource=other[constraint.resource].display_name,
                start=format_datetime(self.env, other[constraint.start]),
                end=format_datetime(self.env, other[constraint.end]),
                other=other.display_name,
                record=record.display_name,
            )
        )
